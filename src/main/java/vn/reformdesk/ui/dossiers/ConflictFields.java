package vn.reformdesk.ui.dossiers;

import java.util.ArrayList;
import java.util.List;

import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.ui.common.ConflictPanel;
import vn.reformdesk.ui.common.ConflictPanel.Spec;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/** A dossier's fields as the conflict panel compares them (what was typed here, what another desk saved). */
final class ConflictFields {
    private static final List<Spec<Dossier>> SPECS = List.of(
            new Spec<>("procedure", "dossiers.col.procedure", Dossier::procedureCode),
            new Spec<>("applicant", "dossiers.col.applicant", Dossier::applicant),
            new Spec<>("channel", "dossiers.col.channel", d -> I18n.t("channel." + d.channel().code())),
            new Spec<>("received", "dossiers.form.received", d -> Fmt.dateTime(d.receivedAt())),
            new Spec<>("supplements", "dossiers.form.supplements", d -> cycles(d.supplements())),
            new Spec<>("resolved", "dossiers.form.resolvedOn", d -> Fmt.date(d.resolvedOn())),
            new Spec<>("outcome", "dossiers.form.outcome", d -> d.outcome() == null ? null : I18n.t("outcome." + d.outcome().code())),
            new Spec<>("apology", "dossiers.form.apologyOn", d -> Fmt.date(d.apologyOn())),
            new Spec<>("appointment", "dossiers.form.newAppointment", d -> Fmt.date(d.newAppointmentOn())),
            new Spec<>("rating", "dossiers.form.rating", d -> d.rating() == null ? null : I18n.t("rating." + d.rating().code())),
            new Spec<>("complaint", "dossiers.form.complaint", d -> ConflictPanel.yesNo(d.complaint())),
            new Spec<>("paid", "dossiers.form.paidOnline", d -> ConflictPanel.yesNo(d.paidOnline())),
            new Spec<>("inputs", "dossiers.form.inputsDigitised", d -> ConflictPanel.yesNo(d.inputsDigitised())),
            new Spec<>("eresult", "dossiers.form.electronicResult", d -> ConflictPanel.yesNo(d.electronicResult())),
            new Spec<>("resultDigitised", "dossiers.form.resultDigitised", d -> ConflictPanel.yesNo(d.resultDigitised())),
            new Spec<>("reused", "dossiers.form.reusedData", d -> ConflictPanel.yesNo(d.reusedData())));

    private ConflictFields() {}

    static List<ConflictPanel.Field> differing(Dossier mine, Dossier theirs) {
        return ConflictPanel.differing(SPECS, mine, theirs);
    }

    private static String cycles(List<SupplementCycle> cycles) {
        List<String> parts = new ArrayList<>();
        for (SupplementCycle c : cycles) parts.add(Fmt.date(c.requestedOn()) + "→" + (c.open() ? "…" : Fmt.date(c.receivedOn())));
        return String.join(", ", parts);
    }
}
