package vn.reformdesk.domain.index;

import java.util.Objects;

/**
 * One indicator of the Citizen and Business Service Index template.
 *
 * @param code      stable code, e.g. {@code timelines.on_time}
 * @param group     the group code ({@link ServiceGroup#code()})
 * @param max       the indicator's maximum points
 * @param threshold the rate that earns full marks (1.0 = proportional), used only when computed
 * @param rateKey   the {@link ServiceRates} rate it is computed from, or null when the officer enters it
 */
public record ServiceIndicator(String code, String group, double max, double threshold, String rateKey) {
    public ServiceIndicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(group, "group");
        if (max < 0) throw new IllegalArgumentException("max must be >= 0");
        if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in (0, 1]");
    }

    public static ServiceIndicator computed(String code, String group, double max, double threshold, String rateKey) {
        return new ServiceIndicator(code, group, max, threshold, Objects.requireNonNull(rateKey));
    }

    public static ServiceIndicator entered(String code, String group, double max) {
        return new ServiceIndicator(code, group, max, 1.0, null);
    }

    public boolean isComputed() { return rateKey != null; }
}
