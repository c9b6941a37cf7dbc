package vn.reformdesk.ui.dossiers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/** The fields in which what was typed at this desk differs from what another desk saved, as text for each side. */
final class ConflictFields {
    record Field(String key, String labelKey, String mine, String theirs) {}

    private record Spec(String key, String labelKey, Function<Dossier, Object> value) {}

    private static final List<Spec> SPECS = List.of(
            new Spec("procedure", "dossiers.col.procedure", Dossier::procedureCode),
            new Spec("applicant", "dossiers.col.applicant", Dossier::applicant),
            new Spec("channel", "dossiers.col.channel", d -> I18n.t("channel." + d.channel().code())),
            new Spec("received", "dossiers.form.received", d -> Fmt.dateTime(d.receivedAt())),
            new Spec("supplements", "dossiers.form.supplements", d -> cycles(d.supplements())),
            new Spec("resolved", "dossiers.form.resolvedOn", d -> Fmt.date(d.resolvedOn())),
            new Spec("outcome", "dossiers.form.outcome", d -> d.outcome() == null ? null : I18n.t("outcome." + d.outcome().code())),
            new Spec("apology", "dossiers.form.apologyOn", d -> Fmt.date(d.apologyOn())),
            new Spec("appointment", "dossiers.form.newAppointment", d -> Fmt.date(d.newAppointmentOn())),
            new Spec("rating", "dossiers.form.rating", d -> d.rating() == null ? null : I18n.t("rating." + d.rating().code())),
            new Spec("complaint", "dossiers.form.complaint", d -> yesNo(d.complaint())),
            new Spec("paid", "dossiers.form.paidOnline", d -> yesNo(d.paidOnline())),
            new Spec("inputs", "dossiers.form.inputsDigitised", d -> yesNo(d.inputsDigitised())),
            new Spec("eresult", "dossiers.form.electronicResult", d -> yesNo(d.electronicResult())),
            new Spec("resultDigitised", "dossiers.form.resultDigitised", d -> yesNo(d.resultDigitised())),
            new Spec("reused", "dossiers.form.reusedData", d -> yesNo(d.reusedData())));

    private ConflictFields() {}

    static List<Field> differing(Dossier mine, Dossier theirs) {
        List<Field> out = new ArrayList<>();
        for (Spec s : SPECS) {
            String a = text(s.value().apply(mine));
            String b = text(s.value().apply(theirs));
            if (!Objects.equals(a, b)) out.add(new Field(s.key(), s.labelKey(), a, b));
        }
        return out;
    }

    private static String text(Object v) { return v == null || v.toString().isEmpty() ? "—" : v.toString(); }

    private static String yesNo(Boolean b) { return b == null ? null : I18n.t(b ? "common.yes" : "common.no"); }

    private static String cycles(List<SupplementCycle> cycles) {
        List<String> parts = new ArrayList<>();
        for (SupplementCycle c : cycles) parts.add(Fmt.date(c.requestedOn()) + "→" + (c.open() ? "…" : Fmt.date(c.receivedOn())));
        return String.join(", ", parts);
    }
}
