package app.baton.department;

import app.baton.ticket.Priority;
import app.baton.user.Administrators;
import app.baton.web.ProblemException;
import app.baton.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import app.baton.department.SlaTarget.Body;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

@ApplicationScoped
public class RequestTypeService {

    @Inject
    Clock clock;

    @Inject
    Administrators admins;

    public record CreateRequestType(
            @NotBlank @Size(max = 200) String name,
            @NotBlank String department,
            Priority defaultPriority,
            @NotEmpty Map<@NotNull Priority, @NotNull @Valid Body> sla,
            @Min(1) @Max(99) Integer warnPercent) {
    }

    public record UpdateRequestType(
            Long version,
            @Size(min = 1, max = 200) String name,
            String department,
            Priority defaultPriority,
            Map<@NotNull Priority, @NotNull @Valid Body> sla,
            @Min(1) @Max(99) Integer warnPercent,
            Boolean active) {
    }

    public record RequestTypeView(Long id, long version, String name, String department, Priority defaultPriority,
            Map<Priority, SlaTarget.Body> sla, int warnPercent, boolean active) {

        public static RequestTypeView of(RequestType type) {
            Map<Priority, SlaTarget.Body> sla = new TreeMap<>();
            type.sla.forEach((priority, target) -> sla.put(priority, target.toBody()));
            return new RequestTypeView(type.id, type.version, type.name, type.department.code,
                    type.defaultPriority, sla, type.warnPercent, type.active);
        }
    }

    @Transactional
    public RequestType create(CreateRequestType body) {
        admins.require("create request types");
        RequestType type = new RequestType();
        type.department = department(body.department());
        type.name = uniqueName(body.name(), type.department, null);
        type.defaultPriority = body.defaultPriority() == null ? Priority.NORMAL : body.defaultPriority();
        type.warnPercent = body.warnPercent() == null ? 75 : body.warnPercent();
        body.sla().forEach((priority, target) -> type.sla.put(priority, SlaTarget.of(target)));
        type.createdAt = clock.instant();
        type.persist();
        return type;
    }

    @Transactional
    public RequestType update(long id, UpdateRequestType body) {
        admins.require("change request types");
        RequestType type = find(id);
        Versions.check(body.version(), type.version, "Request type " + id);
        if (body.department() != null) {
            type.department = department(body.department());
        }
        if (body.name() != null) {
            type.name = uniqueName(body.name(), type.department, type.id);
        }
        if (body.defaultPriority() != null) {
            type.defaultPriority = body.defaultPriority();
        }
        if (body.warnPercent() != null) {
            type.warnPercent = body.warnPercent();
        }
        if (body.sla() != null) {
            if (body.sla().isEmpty()) {
                throw ProblemException.badField("sla", "must have a target for at least one priority");
            }
            type.sla.clear();
            body.sla().forEach((priority, target) -> type.sla.put(priority, SlaTarget.of(target)));
        }
        if (body.active() != null) {
            type.active = body.active();
        }
        // flush so that the answer carries the version this write produced
        RequestType.flush();
        return type;
    }

    public RequestType find(long id) {
        RequestType type = RequestType.findById(id);
        if (type == null) {
            throw ProblemException.notFound("Request type " + id);
        }
        return type;
    }

    private static Department department(String code) {
        return Department.findByCode(code)
                .orElseThrow(() -> ProblemException.badField("department", "no department has the code " + code));
    }

    private static String uniqueName(String name, Department department, Long exceptId) {
        String trimmed = name.trim();
        boolean taken = RequestType.count("department = ?1 and lower(name) = ?2 and id <> ?3",
                department, trimmed.toLowerCase(), exceptId == null ? -1L : exceptId) > 0;
        if (taken) {
            throw ProblemException.conflict(department.code + " already has a request type named " + trimmed);
        }
        return trimmed;
    }
}
