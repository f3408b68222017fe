package app.baton.client;

import app.baton.audit.AuditAction;
import app.baton.audit.AuditTrail;
import app.baton.department.Department;
import app.baton.user.CurrentUser;
import app.baton.user.Administrators;
import app.baton.user.User;
import app.baton.web.ProblemException;
import app.baton.web.Versions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Client cards: creation, edits, names and people. Every edited field goes through one reader
 * and one writer per entity, so that PATCH and a revert from the history change fields the same
 * way and every change is recorded with its old and new value.
 */
@ApplicationScoped
public class ClientService {

    @Inject
    AuditTrail audit;

    private static final String NOT_BLANK = "(?s).*\\S.*";

    /** Fields of a client whose changes are audited and can be reverted. */
    static final List<String> CLIENT_FIELDS = List.of("name", "registrationCode", "vatCode", "region", "segment",
            "industry", "parent", "owner", "restricted", "allowedUsers", "allowedDepartments");

    static final List<String> CONTACT_FIELDS = List.of("name", "role", "phone", "email", "leftCompany");

    static final String ALIAS_FIELD = "alias";

    /** Who may see a client: changed (or reverted) by administrators only, so nobody opens a client up by themselves. */
    static final Set<String> ACCESS_FIELDS = Set.of("restricted", "allowedUsers", "allowedDepartments");

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Administrators administrators;

    @Inject
    ClientSearch search;

    @Inject
    ClientAccess access;

    @Inject
    ClientHistory history;

    @Inject
    ObjectMapper json;

    public record NewAlias(@NotBlank @Size(max = 300) String name, @NotNull AliasKind kind, LocalDate until) {
    }

    public record NewContact(@NotBlank @Size(max = 200) String name, @Size(max = 100) String role,
            @Size(max = 50) String phone, @Email @Size(max = 254) String email, Boolean leftCompany) {
    }

    public record CreateClient(
            @NotBlank @Size(max = 300) String name,
            @Size(max = 64) String registrationCode,
            @Size(max = 64) String vatCode,
            @Size(max = 100) String region,
            @Size(max = 100) String segment,
            @Size(max = 100) String industry,
            Long parent,
            Long owner,
            Boolean restricted,
            List<@NotNull Long> allowedUsers,
            List<@NotBlank String> allowedDepartments,
            List<@Valid @NotNull NewAlias> aliases,
            List<@Valid @NotNull NewContact> contacts) {
    }

    /**
     * A partial update: fields left out stay as they are; a field sent as null (or a blank text)
     * is cleared. {@code present} names the fields the body contained.
     */
    public record UpdateClient(
            Long version,
            @Size(max = 300) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String name,
            @Size(max = 64) String registrationCode,
            @Size(max = 64) String vatCode,
            @Size(max = 100) String region,
            @Size(max = 100) String segment,
            @Size(max = 100) String industry,
            Long parent,
            Long owner,
            Boolean restricted,
            List<@NotNull Long> allowedUsers,
            List<@NotBlank String> allowedDepartments) {
    }

    public record UpdateContact(
            Long version,
            @Size(max = 200) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String name,
            @Size(max = 100) String role,
            @Size(max = 50) String phone,
            @Email @Size(max = 254) String email,
            Boolean leftCompany) {
    }

    public record NewInteraction(Long contact, @NotNull InteractionKind kind, OffsetDateTime at,
            @NotBlank @Size(max = 4000) String summary) {
    }

    /** How an alias is written into the history, so that a removed alias can be put back whole. */
    record AliasValue(String name, AliasKind kind, LocalDate until) {
    }

    public Client find(long id) {
        return access.requireVisible(Client.findById(id), id);
    }

    @Transactional
    public Client create(CreateClient body) {
        if (Boolean.TRUE.equals(body.restricted()) || (body.allowedUsers() != null && !body.allowedUsers().isEmpty())
                || (body.allowedDepartments() != null && !body.allowedDepartments().isEmpty())) {
            requireAdministrator();
        }
        Client client = new Client();
        client.name = body.name().trim();
        client.registrationCode = text(body.registrationCode());
        client.vatCode = text(body.vatCode());
        client.region = text(body.region());
        client.segment = text(body.segment());
        client.industry = text(body.industry());
        if (body.parent() != null) {
            setParent(client, body.parent());
        }
        if (body.owner() != null) {
            setOwner(client, body.owner());
        }
        client.restricted = Boolean.TRUE.equals(body.restricted());
        client.allowedUsers = User.requireAll(body.allowedUsers(), "allowedUsers");
        client.allowedDepartments = Department.requireAll(body.allowedDepartments(), "allowedDepartments");
        client.createdAt = clock.instant();
        client.updatedAt = client.createdAt;
        client.persist();
        if (body.aliases() != null) {
            body.aliases().forEach(alias -> addAliasEntity(client, alias.name(), alias.kind(), alias.until()));
        }
        if (body.contacts() != null) {
            body.contacts().forEach(contact -> addContactEntity(client, contact));
        }
        search.index(client);
        return client;
    }

    @Transactional
    public Client update(long id, UpdateClient body, Set<String> present) {
        Client client = find(id);
        Versions.check(body.version(), client.version, "Client " + id);
        if (present.contains("name")) {
            if (body.name() == null) {
                throw ProblemException.badField("name", "must not be blank");
            }
            rename(client, body.name().trim());
        }
        String[][] texts = {{"registrationCode", body.registrationCode()}, {"vatCode", body.vatCode()},
                {"region", body.region()}, {"segment", body.segment()}, {"industry", body.industry()}};
        for (String[] field : texts) {
            if (present.contains(field[0])) {
                change(client, field[0], text(field[1]));
            }
        }
        if (present.contains("parent")) {
            change(client, "parent", body.parent() == null ? null : body.parent().toString());
        }
        if (present.contains("owner")) {
            change(client, "owner", body.owner() == null ? null : body.owner().toString());
        }
        if (body.restricted() != null) {
            change(client, "restricted", body.restricted().toString());
        }
        if (present.contains("allowedUsers")) {
            change(client, "allowedUsers", idList(User.requireAll(body.allowedUsers(), "allowedUsers")));
        }
        if (present.contains("allowedDepartments")) {
            change(client, "allowedDepartments", codeList(Department.requireAll(body.allowedDepartments(), "allowedDepartments")));
        }
        return touched(client);
    }

    /** The old name stays findable as a FORMER alias that ended today. */
    private void rename(Client client, String name) {
        String old = client.name;
        if (old.equals(name)) {
            return;
        }
        change(client, "name", name);
        boolean known = client.aliases.stream().anyMatch(a -> a.kind == AliasKind.FORMER && a.name.equals(old));
        if (!known) {
            ClientAlias alias = addAliasEntity(client, old, AliasKind.FORMER, today());
            history.record(client.id, ChangedEntity.ALIAS, alias.id, ALIAS_FIELD, null, aliasValue(alias), null);
        }
    }

    @Transactional
    public ClientAlias addAlias(long clientId, NewAlias body) {
        Client client = find(clientId);
        ClientAlias alias = addAliasEntity(client, body.name(), body.kind(), body.until());
        history.record(client.id, ChangedEntity.ALIAS, alias.id, ALIAS_FIELD, null, aliasValue(alias), null);
        touched(client);
        return alias;
    }

    @Transactional
    public void removeAlias(long clientId, long aliasId) {
        Client client = find(clientId);
        ClientAlias alias = alias(client, aliasId);
        history.record(client.id, ChangedEntity.ALIAS, alias.id, ALIAS_FIELD, aliasValue(alias), null, null);
        client.aliases.remove(alias);
        touched(client);
    }

    @Transactional
    public Contact addContact(long clientId, NewContact body) {
        Client client = find(clientId);
        Contact contact = addContactEntity(client, body);
        touched(client);
        return contact;
    }

    @Transactional
    public Contact updateContact(long clientId, long contactId, UpdateContact body, Set<String> present) {
        Client client = find(clientId);
        Contact contact = contact(client, contactId);
        Versions.check(body.version(), contact.version, "Contact " + contactId);
        if (present.contains("name")) {
            if (body.name() == null) {
                throw ProblemException.badField("name", "must not be blank");
            }
            changeContact(client, contact, "name", body.name().trim());
        }
        String[][] texts = {{"role", body.role()}, {"phone", body.phone()}, {"email", body.email()}};
        for (String[] field : texts) {
            if (present.contains(field[0])) {
                changeContact(client, contact, field[0], text(field[1]));
            }
        }
        if (body.leftCompany() != null) {
            changeContact(client, contact, "leftCompany", body.leftCompany().toString());
        }
        touched(client);
        return contact;
    }

    @Transactional
    public Interaction addInteraction(long clientId, NewInteraction body) {
        Client client = find(clientId);
        Interaction interaction = new Interaction();
        interaction.clientId = client.id;
        if (body.contact() != null) {
            Contact contact = Contact.findById(body.contact());
            if (contact == null || !contact.client.id.equals(client.id)) {
                throw ProblemException.badField("contact", "is not a contact of this client");
            }
            interaction.contactId = contact.id;
        }
        interaction.kind = body.kind();
        interaction.at = body.at() == null ? clock.instant() : body.at().toInstant();
        interaction.byUserId = currentUser.id();
        interaction.summary = body.summary().trim();
        interaction.createdAt = clock.instant();
        interaction.persist();
        return interaction;
    }

    /**
     * Puts a change's old value back, if the field still holds the value the change wrote;
     * the revert is recorded as a change of its own.
     */
    @Transactional
    public ClientChange revert(long clientId, long changeId) {
        Client client = find(clientId);
        ClientChange change = ClientChange.findById(changeId);
        if (change == null || !change.clientId.equals(client.id)) {
            throw ProblemException.notFound("Change " + changeId);
        }
        ClientChange revert = switch (change.entity) {
            case CLIENT -> {
                requireUnchanged(change, read(client, change.field));
                yield change(client, change.field, change.oldValue, change.id);
            }
            case CONTACT -> {
                Contact contact = contact(client, change.entityId);
                requireUnchanged(change, readContact(contact, change.field));
                yield changeContact(client, contact, change.field, change.oldValue, change.id);
            }
            case ALIAS -> revertAlias(client, change);
        };
        audit.record(AuditAction.CLIENT_REVERTED, "client:" + client.id + "/change:" + change.id,
                change.entity + " " + change.field + " back to " + change.oldValue);
        touched(client);
        return revert;
    }

    private ClientChange revertAlias(Client client, ClientChange change) {
        ClientAlias current = client.aliases.stream().filter(a -> a.id.equals(change.entityId)).findFirst().orElse(null);
        requireUnchanged(change, current == null ? null : aliasValue(current));
        if (change.oldValue == null) {
            client.aliases.remove(current);
            return history.record(client.id, ChangedEntity.ALIAS, current.id, ALIAS_FIELD, change.newValue, null,
                    change.id);
        }
        AliasValue value = parseAlias(change.oldValue);
        ClientAlias restored = addAliasEntity(client, value.name(), value.kind(), value.until());
        return history.record(client.id, ChangedEntity.ALIAS, restored.id, ALIAS_FIELD, null, aliasValue(restored),
                change.id);
    }

    private static void requireUnchanged(ClientChange change, String current) {
        if (!Objects.equals(current, change.newValue)) {
            throw ProblemException.conflict("The " + change.field + " was changed since this change; "
                    + "it no longer holds the value this change wrote");
        }
    }

    // --- one reader and one writer per audited field ------------------------------------------

    private ClientChange change(Client client, String field, String value) {
        return change(client, field, value, null);
    }

    private ClientChange change(Client client, String field, String value, Long reverts) {
        String old = read(client, field);
        if (Objects.equals(old, value)) {
            return null;
        }
        if (ACCESS_FIELDS.contains(field)) {
            requireAdministrator();
        }
        write(client, field, value);
        return history.record(client.id, ChangedEntity.CLIENT, client.id, field, old, value, reverts);
    }

    static String read(Client client, String field) {
        return switch (field) {
            case "name" -> client.name;
            case "registrationCode" -> client.registrationCode;
            case "vatCode" -> client.vatCode;
            case "region" -> client.region;
            case "segment" -> client.segment;
            case "industry" -> client.industry;
            case "parent" -> client.parentId == null ? null : client.parentId.toString();
            case "owner" -> client.ownerId == null ? null : client.ownerId.toString();
            case "restricted" -> Boolean.toString(client.restricted);
            case "allowedUsers" -> idList(client.allowedUsers);
            case "allowedDepartments" -> codeList(client.allowedDepartments);
            default -> throw new IllegalArgumentException("Not a client field: " + field);
        };
    }

    private void write(Client client, String field, String value) {
        switch (field) {
            case "name" -> client.name = value;
            case "registrationCode" -> client.registrationCode = value;
            case "vatCode" -> client.vatCode = value;
            case "region" -> client.region = value;
            case "segment" -> client.segment = value;
            case "industry" -> client.industry = value;
            case "parent" -> setParent(client, value == null ? null : Long.valueOf(value));
            case "owner" -> setOwner(client, value == null ? null : Long.valueOf(value));
            case "restricted" -> client.restricted = Boolean.parseBoolean(value);
            case "allowedUsers" -> {
                client.allowedUsers.clear();
                client.allowedUsers.addAll(User.requireAll(split(value).stream().map(Long::valueOf).toList(), "allowedUsers"));
            }
            case "allowedDepartments" -> {
                client.allowedDepartments.clear();
                client.allowedDepartments.addAll(Department.requireAll(split(value), "allowedDepartments"));
            }
            default -> throw new IllegalArgumentException("Not a client field: " + field);
        }
    }

    private ClientChange changeContact(Client client, Contact contact, String field, String value) {
        return changeContact(client, contact, field, value, null);
    }

    private ClientChange changeContact(Client client, Contact contact, String field, String value, Long reverts) {
        String old = readContact(contact, field);
        if (Objects.equals(old, value)) {
            return null;
        }
        switch (field) {
            case "name" -> contact.name = value;
            case "role" -> contact.role = value;
            case "phone" -> contact.phone = value;
            case "email" -> contact.email = value;
            case "leftCompany" -> contact.leftCompany = Boolean.parseBoolean(value);
            default -> throw new IllegalArgumentException("Not a contact field: " + field);
        }
        return history.record(client.id, ChangedEntity.CONTACT, contact.id, field, old, value, reverts);
    }

    static String readContact(Contact contact, String field) {
        return switch (field) {
            case "name" -> contact.name;
            case "role" -> contact.role;
            case "phone" -> contact.phone;
            case "email" -> contact.email;
            case "leftCompany" -> Boolean.toString(contact.leftCompany);
            default -> throw new IllegalArgumentException("Not a contact field: " + field);
        };
    }

    // --- helpers --------------------------------------------------------------------------------

    private void requireAdministrator() {
        administrators.require("decide who may see a client (restricted, allowedUsers, allowedDepartments)");
    }

    /** Marks the card changed (its version moves on) and refreshes its search tokens. */
    private Client touched(Client client) {
        client.updatedAt = clock.instant();
        Client.flush();
        search.index(client);
        return client;
    }

    private void setParent(Client client, Long parentId) {
        if (parentId == null) {
            client.parent = null;
            client.parentId = null;
            return;
        }
        Client parent = Client.findById(parentId);
        if (parent == null) {
            throw ProblemException.badField("parent", "no client has the id " + parentId);
        }
        // Walk up from the new parent: meeting this client again would close a loop.
        int depth = 0;
        for (Client up = parent; up != null; up = up.parent) {
            if (client.id != null && client.id.equals(up.id)) {
                throw ProblemException.badField("parent", "would make the client its own ancestor");
            }
            if (++depth > 1000) {
                throw ProblemException.badField("parent", "the group structure is too deep");
            }
        }
        client.parent = parent;
        client.parentId = parent.id;
    }

    private void setOwner(Client client, Long ownerId) {
        if (ownerId == null) {
            client.owner = null;
            client.ownerId = null;
            return;
        }
        User owner = User.findById(ownerId);
        if (owner == null) {
            throw ProblemException.badField("owner", "no user has the id " + ownerId);
        }
        client.owner = owner;
        client.ownerId = owner.id;
    }

    private ClientAlias addAliasEntity(Client client, String name, AliasKind kind, LocalDate until) {
        ClientAlias alias = new ClientAlias();
        alias.client = client;
        alias.name = name.trim();
        alias.kind = kind;
        alias.until = until;
        alias.createdAt = clock.instant();
        alias.persist();
        client.aliases.add(alias);
        return alias;
    }

    private Contact addContactEntity(Client client, NewContact body) {
        Contact contact = new Contact();
        contact.client = client;
        contact.name = body.name().trim();
        contact.role = text(body.role());
        contact.phone = text(body.phone());
        contact.email = text(body.email());
        contact.leftCompany = Boolean.TRUE.equals(body.leftCompany());
        contact.createdAt = clock.instant();
        contact.persist();
        client.contacts.add(contact);
        return contact;
    }

    private ClientAlias alias(Client client, long aliasId) {
        return client.aliases.stream().filter(a -> a.id == aliasId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Alias " + aliasId));
    }

    private Contact contact(Client client, long contactId) {
        return client.contacts.stream().filter(c -> c.id == contactId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Contact " + contactId));
    }

    private LocalDate today() {
        try {
            return LocalDate.ofInstant(clock.instant(), ZoneId.of(currentUser.get().timeZone));
        } catch (DateTimeException e) {
            return LocalDate.ofInstant(clock.instant(), clock.getZone());
        }
    }

    private String aliasValue(ClientAlias alias) {
        try {
            return json.writeValueAsString(new AliasValue(alias.name, alias.kind, alias.until));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private AliasValue parseAlias(String value) {
        try {
            return json.readValue(value, AliasValue.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Sets are written into the history as sorted, comma-separated lists: "3,8,15", "ACC,SRV". */
    private static String idList(Set<User> users) {
        return users.stream().map(u -> u.id).sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String codeList(Set<Department> departments) {
        return departments.stream().map(Department::code).sorted().collect(Collectors.joining(","));
    }

    private static List<String> split(String list) {
        return list == null || list.isEmpty() ? new ArrayList<>() : Arrays.asList(list.split(","));
    }
}
