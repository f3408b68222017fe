package app.baton.client;

import app.baton.department.Department;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A client card as the API shows it; {@code subsidiaries} only on the single-client answer. */
public record ClientView(Long id, long version, String name, String registrationCode, String vatCode,
        String region, String segment, String industry, Long parent, Long owner, boolean restricted,
        List<Long> allowedUsers, List<String> allowedDepartments, List<AliasView> aliases,
        List<ContactView> contacts, @JsonInclude(JsonInclude.Include.NON_NULL) List<Subsidiary> subsidiaries,
        Instant createdAt, Instant updatedAt) {

    public record AliasView(Long id, String name, AliasKind kind, LocalDate until) {
        public static AliasView of(ClientAlias alias) {
            return new AliasView(alias.id, alias.name, alias.kind, alias.until);
        }
    }

    public record ContactView(Long id, long version, String name, String role, String phone, String email,
            boolean leftCompany) {
        public static ContactView of(Contact contact) {
            return new ContactView(contact.id, contact.version, contact.name, contact.role, contact.phone,
                    contact.email, contact.leftCompany);
        }
    }

    public record Subsidiary(Long id, String name) {
    }

    public static ClientView of(Client client) {
        return of(client, null);
    }

    public static ClientView of(Client client, List<Subsidiary> subsidiaries) {
        return new ClientView(client.id, client.version, client.name, client.registrationCode, client.vatCode,
                client.region, client.segment, client.industry,
                client.parentId, client.ownerId,
                client.restricted,
                client.allowedUsers.stream().map(u -> u.id).sorted().toList(),
                client.allowedDepartments.stream().map(Department::code).sorted().toList(),
                client.aliases.stream().map(AliasView::of).toList(),
                client.contacts.stream().map(ContactView::of).toList(),
                subsidiaries, client.createdAt, client.updatedAt);
    }
}
