package vn.reformdesk.domain.index;

import java.util.List;

/**
 * The groups and indicators of the Citizen and Business Service Index (Decision 766/QĐ-TTg), with maxima and
 * full-marks thresholds. This in-code table is the default until the framework template stored in the database
 * (scores engineer) replaces it: {@link ServiceScore#compute} takes any template.
 *
 * <p>The group maxima are the portal's six bars (18 + 20 + 12 + 10 + 18 + 22 = 100). The split of a group's points
 * among its indicators is not published in one place (domain.md §3.1), so the default splits each group equally
 * among the indicators domain.md lists; the officer adjusts it in the template. Thresholds are the full-marks
 * levels domain.md gives (80 % of procedures online, 50 % of dossiers online, 80 % of fee-bearing procedures
 * integrated with payment, 90 % satisfaction, 80 % digitised, 80 % reusing data); an indicator without a stated
 * level is proportional (threshold 100 %).
 */
public record ServiceIndexTemplate(List<ServiceGroup> groups, List<ServiceIndicator> indicators) {
    public static final String TRANSPARENCY = "transparency";
    public static final String TIMELINES = "timelines";
    public static final String ONLINE_SERVICES = "online_services";
    public static final String ONLINE_PAYMENT = "online_payment";
    public static final String SATISFACTION = "satisfaction";
    public static final String DIGITISATION = "digitisation";

    public ServiceIndexTemplate {
        groups = List.copyOf(groups);
        indicators = List.copyOf(indicators);
    }

    public static final ServiceIndexTemplate DEFAULT = new ServiceIndexTemplate(
            List.of(new ServiceGroup(TRANSPARENCY, 18), new ServiceGroup(TIMELINES, 20),
                    new ServiceGroup(ONLINE_SERVICES, 12), new ServiceGroup(ONLINE_PAYMENT, 10),
                    new ServiceGroup(SATISFACTION, 18), new ServiceGroup(DIGITISATION, 22)),
            List.of(
                    ServiceIndicator.entered("transparency.announced_on_time", TRANSPARENCY, 4.5),
                    ServiceIndicator.entered("transparency.published_on_time", TRANSPARENCY, 4.5),
                    ServiceIndicator.entered("transparency.records_complete", TRANSPARENCY, 4.5),
                    ServiceIndicator.entered("transparency.dossiers_synchronised", TRANSPARENCY, 4.5),

                    ServiceIndicator.computed("timelines.on_time", TIMELINES, 20, 1.0, ServiceRates.ON_TIME),

                    ServiceIndicator.computed("online_services.procedures_online", ONLINE_SERVICES, 4, 0.8,
                            ServiceRates.PROCEDURES_ONLINE),
                    ServiceIndicator.computed("online_services.services_used", ONLINE_SERVICES, 4, 1.0,
                            ServiceRates.ONLINE_SERVICES_USED),
                    ServiceIndicator.computed("online_services.dossiers_online", ONLINE_SERVICES, 4, 0.5,
                            ServiceRates.ONLINE),

                    ServiceIndicator.entered("online_payment.procedures_integrated", ONLINE_PAYMENT, 5),
                    ServiceIndicator.computed("online_payment.dossiers_paid_online", ONLINE_PAYMENT, 5, 1.0,
                            ServiceRates.ONLINE_PAYMENT),

                    ServiceIndicator.entered("satisfaction.feedback_classified", SATISFACTION, 4.5),
                    ServiceIndicator.entered("satisfaction.feedback_on_time", SATISFACTION, 4.5),
                    ServiceIndicator.entered("satisfaction.feedback_satisfied", SATISFACTION, 4.5),
                    ServiceIndicator.computed("satisfaction.dossier_satisfaction", SATISFACTION, 4.5, 0.9,
                            ServiceRates.SATISFACTION),

                    ServiceIndicator.computed("digitisation.electronic_result", DIGITISATION, 5.5, 1.0,
                            ServiceRates.ELECTRONIC_RESULT),
                    ServiceIndicator.computed("digitisation.digitised", DIGITISATION, 5.5, 0.8,
                            ServiceRates.DIGITISED),
                    ServiceIndicator.computed("digitisation.reused_data", DIGITISATION, 5.5, 0.8,
                            ServiceRates.REUSED_DATA),
                    ServiceIndicator.entered("digitisation.shared_to_document_store", DIGITISATION, 5.5)));

    public List<ServiceIndicator> indicatorsOf(String group) {
        return indicators.stream().filter(i -> i.group().equals(group)).toList();
    }
}
