package app.baton.report;

import java.util.ArrayList;
import java.util.List;

/**
 * SLA figures of a set of requests: how many met and breached each deadline, and the median
 * times to acknowledge and to resolve (elapsed minutes from creation, not business minutes).
 */
public record SlaFigures(long requests, Compliance acknowledgement, Compliance resolution, Long medianAckMinutes,
        Long medianResolveMinutes) {

    /**
     * Met and breached deadlines and the share met (percent, one decimal; null when none was
     * decided yet). Pending: open requests whose deadline has not passed, counted in neither.
     */
    public record Compliance(long met, long breached, long pending, Double percent) {

        static Compliance of(long met, long breached, long pending) {
            long decided = met + breached;
            return new Compliance(met, breached, pending,
                    decided == 0 ? null : Math.round(met * 1000.0 / decided) / 10.0);
        }
    }

    /** Adds requests one by one and answers their figures. */
    static final class Tally {
        long requests;
        long ackMet;
        long ackBreached;
        long ackPending;
        long resolveMet;
        long resolveBreached;
        long resolvePending;
        final List<Long> ackMinutes = new ArrayList<>();
        final List<Long> resolveMinutes = new ArrayList<>();

        void add(SlaOutcome outcome) {
            requests++;
            switch (outcome.ack()) {
                case MET -> ackMet++;
                case BREACHED -> ackBreached++;
                case PENDING -> ackPending++;
                case NONE -> { }
            }
            switch (outcome.resolve()) {
                case MET -> resolveMet++;
                case BREACHED -> resolveBreached++;
                case PENDING -> resolvePending++;
                case NONE -> { }
            }
            if (outcome.ackMinutes() != null) {
                ackMinutes.add(outcome.ackMinutes());
            }
            if (outcome.resolveMinutes() != null) {
                resolveMinutes.add(outcome.resolveMinutes());
            }
        }

        SlaFigures figures() {
            return new SlaFigures(requests, Compliance.of(ackMet, ackBreached, ackPending),
                    Compliance.of(resolveMet, resolveBreached, resolvePending), median(ackMinutes),
                    median(resolveMinutes));
        }
    }

    /** The middle value; with an even count the mean of the two middle ones, rounded down. */
    static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
