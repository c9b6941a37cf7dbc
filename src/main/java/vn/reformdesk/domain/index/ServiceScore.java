package vn.reformdesk.domain.index;

import java.util.ArrayList;
import java.util.List;

/**
 * The computed points of the Citizen and Business Service Index for a period. Only the indicators the register
 * can compute get points; entered ones ({@link ServiceIndicator#isComputed()} false) have null points and are
 * filled from the scores the officer enters. Group sums are therefore "computed points out of computed max".
 */
public record ServiceScore(List<IndicatorPoints> indicators, List<GroupPoints> groups) {

    /** One indicator: its rate (null when entered) and its points (null when entered or when there is no data). */
    public record IndicatorPoints(ServiceIndicator indicator, Rate rate, Double points) {}

    /**
     * @param computedMax    the sum of the maxima of the group's computed indicators
     * @param computedPoints the sum of their points, null when none of them has data
     */
    public record GroupPoints(ServiceGroup group, double computedMax, Double computedPoints) {}

    public ServiceScore {
        indicators = List.copyOf(indicators);
        groups = List.copyOf(groups);
    }

    /**
     * Points for one indicator: min(1, rate / threshold) × max; null when the rate is null (no data), so an
     * empty period shows "no data" rather than zero points. Example: 95 % against an 80 % threshold gives full
     * marks; 40 % against 80 % gives half.
     */
    public static Double points(Double rate, double threshold, double max) {
        if (rate == null) return null;
        if (!(threshold > 0)) throw new IllegalArgumentException("threshold must be > 0");
        double share = Math.min(1.0, Math.max(0.0, rate) / threshold);
        return share * max;
    }

    public static ServiceScore compute(ServiceRates rates, ServiceIndexTemplate template) {
        List<IndicatorPoints> out = new ArrayList<>();
        for (ServiceIndicator i : template.indicators()) {
            if (!i.isComputed()) {
                out.add(new IndicatorPoints(i, null, null));
                continue;
            }
            Rate r = rates.rate(i.rateKey());
            out.add(new IndicatorPoints(i, r, points(r.value(), i.threshold(), i.max())));
        }
        List<GroupPoints> groups = new ArrayList<>();
        for (ServiceGroup g : template.groups()) {
            double max = 0;
            Double sum = null;
            for (IndicatorPoints p : out) {
                if (!p.indicator().group().equals(g.code()) || !p.indicator().isComputed()) continue;
                max += p.indicator().max();
                if (p.points() != null) sum = (sum == null ? 0 : sum) + p.points();
            }
            groups.add(new GroupPoints(g, max, sum));
        }
        return new ServiceScore(out, groups);
    }
}
