package app.baton.department;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Business minutes allowed to acknowledge and to resolve a request of one priority. */
@Embeddable
public class SlaTarget {

    @Column(name = "ack_minutes")
    public int ackMinutes;

    @Column(name = "resolve_minutes")
    public int resolveMinutes;

    public record Body(@NotNull @Min(1) @Max(525600) Integer ackMinutes,
            @NotNull @Min(1) @Max(5256000) Integer resolveMinutes) {
    }

    static SlaTarget of(Body body) {
        SlaTarget target = new SlaTarget();
        target.ackMinutes = body.ackMinutes();
        target.resolveMinutes = body.resolveMinutes();
        return target;
    }

    Body toBody() {
        return new Body(ackMinutes, resolveMinutes);
    }
}
