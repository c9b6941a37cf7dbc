package vn.reformdesk.io.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.index.Rate;
import vn.reformdesk.domain.index.ServiceIndexTemplate;
import vn.reformdesk.domain.index.ServiceRates;
import vn.reformdesk.domain.index.ServiceScore;

/**
 * A period's report: the register's counts and rates ({@link ServiceRates}), the computed points of the Citizen
 * and Business Service Index ({@link ServiceScore}) and the scores entered for the period (empty until the scores
 * feature provides them). {@link #toJsonTree()} gives the {@code report --format json} layout of formats.md.
 *
 * @param enteredScores entered scores and targets of the period, each a JSON-ready map (framework, component,
 *                      score, self_score, target, rank, of_units)
 */
public record ServiceReport(ServiceRates rates, ServiceIndexTemplate template, ServiceScore score,
                            List<Map<String, Object>> enteredScores) {

    public static ServiceReport of(ServiceRates rates, ServiceIndexTemplate template) {
        return new ServiceReport(rates, template, ServiceScore.compute(rates, template), List.of());
    }

    /** Maps, lists and numbers in the order formats.md lists the fields, ready for {@link vn.reformdesk.io.json.Json}. */
    public Map<String, Object> toJsonTree() {
        ServiceRates r = rates;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", r.period().toString());
        out.put("from", r.period().start().toString());
        out.put("to", r.period().end().toString());
        out.put("as_of", r.asOf().toString());
        out.put("received", r.received());
        Map<String, Object> channels = new LinkedHashMap<>();
        for (Channel c : Channel.values()) channels.put(c.code(), r.channel(c));
        out.put("by_channel", channels);
        out.put("resolved", r.resolved());
        out.put("early", r.early());
        out.put("on_time", r.onTime());
        out.put("late", r.late());
        out.put("overdue", r.overdue());
        out.put("pending", r.pending());
        out.put("paused", r.paused());
        out.put("due_soon", r.dueSoon());
        for (String key : ServiceRates.MAIN_RATES) out.put(key, rate(r.rate(key)));
        Map<String, Object> other = new LinkedHashMap<>();
        r.rates().forEach((k, v) -> {
            if (!ServiceRates.MAIN_RATES.contains(k)) other.put(k, rate(v));
        });
        out.put("other_rates", other);
        out.put("service766", points());
        out.put("entered_scores", new ArrayList<>(enteredScores));
        return out;
    }

    private Map<String, Object> points() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("framework", "service766");
        double max = 0;
        Double sum = null;
        List<Object> groups = new ArrayList<>();
        for (ServiceScore.GroupPoints g : score.groups()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("code", g.group().code());
            gm.put("max", g.group().max());
            gm.put("computed_max", g.computedMax());
            gm.put("computed_points", round(g.computedPoints(), 2));
            List<Object> indicators = new ArrayList<>();
            for (ServiceScore.IndicatorPoints p : score.indicators()) {
                if (!p.indicator().group().equals(g.group().code())) continue;
                Map<String, Object> im = new LinkedHashMap<>();
                im.put("code", p.indicator().code());
                im.put("source", p.indicator().isComputed() ? "computed" : "entered");
                im.put("max", p.indicator().max());
                if (p.indicator().isComputed()) {
                    im.put("rate", p.indicator().rateKey());
                    im.put("threshold", p.indicator().threshold());
                    im.put("value", round(p.rate().value(), 6));
                    im.put("numerator", p.rate().numerator());
                    im.put("denominator", p.rate().denominator());
                }
                im.put("points", round(p.points(), 2));
                indicators.add(im);
            }
            gm.put("indicators", indicators);
            groups.add(gm);
            max += g.computedMax();
            if (g.computedPoints() != null) sum = (sum == null ? 0 : sum) + g.computedPoints();
        }
        out.put("computed_max", max);
        out.put("computed_points", round(sum, 2));
        out.put("groups", groups);
        return out;
    }

    static Map<String, Object> rate(Rate rate) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", round(rate.value(), 6));
        m.put("numerator", rate.numerator());
        m.put("denominator", rate.denominator());
        return m;
    }

    static Double round(Double v, int decimals) {
        if (v == null) return null;
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
