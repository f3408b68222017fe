package app.baton.client;

import java.time.Instant;

public record InteractionView(Long id, Long client, Long contact, InteractionKind kind, Instant at, Long by,
        String summary) {

    public static InteractionView of(Interaction interaction) {
        return new InteractionView(interaction.id, interaction.clientId, interaction.contactId, interaction.kind,
                interaction.at, interaction.byUserId, interaction.summary);
    }
}
