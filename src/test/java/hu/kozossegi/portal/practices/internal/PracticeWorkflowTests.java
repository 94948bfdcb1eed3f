package hu.kozossegi.portal.practices.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import hu.kozossegi.portal.practices.PracticeStatus;
import org.junit.jupiter.api.Test;

class PracticeWorkflowTests {

    static final Actor COORDINATOR = new Actor("baranya-coordinator", "Kovács Anna", false);
    static final Actor NATIONAL = new Actor("national", "Nagy Ilona", true);
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    static PracticeContent content(String title) {
        return new PracticeContent(title, "Összefoglaló", "Probléma", "Módszer", "Kell: 3 ember", "Eredmény", null,
                "Kis falvak", "Kiss Péter", "polgármester", "kiss.peter@example.hu", null, true, Set.of("YOUTH"));
    }

    static Practice draft() {
        return Practice.propose(7L, "02", 11L, content("Közösségi kert"), COORDINATOR, T0);
    }

    @Test
    void aProposalStartsAsADraftWithItsFirstTransitionRecorded() {
        Practice p = draft();
        assertThat(p.status()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(p.transitions()).singleElement().satisfies(t -> {
            assertThat(t.from()).isNull();
            assertThat(t.to()).isEqualTo(PracticeStatus.DRAFT);
            assertThat(t.actor()).isEqualTo("baranya-coordinator");
            assertThat(t.at()).isEqualTo(T0);
        });
    }

    @Test
    void returnedPracticeIsResubmittedAndAccredited() {
        Practice p = draft();
        p.submit(COORDINATOR, T0.plusSeconds(60), null);
        p.returnForChanges(NATIONAL, T0.plusSeconds(120), "Írják le a költségeket");
        assertThat(p.status()).isEqualTo(PracticeStatus.RETURNED);
        p.edit(content("Közösségi kert, javítva"), T0.plusSeconds(130));
        p.submit(COORDINATOR, T0.plusSeconds(180), "Kiegészítettük");
        p.accredit(NATIONAL, T0.plusSeconds(240), LocalDate.of(2026, 3, 2), " RP-2026/001 ", null);

        assertThat(p.status()).isEqualTo(PracticeStatus.ACCREDITED);
        assertThat(p.accreditationNumber()).isEqualTo("RP-2026/001");
        assertThat(p.accreditedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(p.content().title()).isEqualTo("Közösségi kert, javítva");
        assertThat(p.transitions()).extracting(PracticeTransition::to).containsExactly(PracticeStatus.DRAFT,
                PracticeStatus.SUBMITTED, PracticeStatus.RETURNED, PracticeStatus.SUBMITTED, PracticeStatus.ACCREDITED);
        assertThat(p.transitions().get(2).comment()).isEqualTo("Írják le a költségeket");
        assertThat(p.transitions().get(2).actorName()).isEqualTo("Nagy Ilona");
        assertThat(p.transitions().get(3).from()).isEqualTo(PracticeStatus.RETURNED);
    }

    @Test
    void rejectionNeedsAReasonAndIsFinal() {
        Practice p = draft();
        p.submit(COORDINATOR, T0, null);
        assertRefused(() -> p.reject(NATIONAL, T0, "  "), "practice.error.reasonRequired");
        p.reject(NATIONAL, T0, "Nem átvehető");
        assertThat(p.status()).isEqualTo(PracticeStatus.REJECTED);
        assertThat(p.rejectionReason()).isEqualTo("Nem átvehető");
        assertRefused(() -> p.submit(COORDINATOR, T0, null), "practice.error.cannotSubmit");
        assertRefused(() -> p.edit(content("x"), T0), "practice.error.notEditable");
        assertRefused(() -> p.accredit(NATIONAL, T0, LocalDate.now(), "RP-1", null), "practice.error.notSubmitted");
    }

    @Test
    void reviewOnlyOfSubmittedPracticesAndOnlyByTheNationalOffice() {
        Practice p = draft();
        assertRefused(() -> p.accredit(NATIONAL, T0, LocalDate.now(), "RP-1", null), "practice.error.notSubmitted");
        assertRefused(() -> p.returnForChanges(NATIONAL, T0, "x"), "practice.error.notSubmitted");
        p.submit(COORDINATOR, T0, null);
        assertRefused(() -> p.submit(COORDINATOR, T0, null), "practice.error.cannotSubmit");
        assertRefused(() -> p.edit(content("y"), T0), "practice.error.notEditable");
        assertRefused(() -> p.accredit(COORDINATOR, T0, LocalDate.now(), "RP-1", null),
                "practice.error.reviewNationalOnly");
        assertRefused(() -> p.returnForChanges(NATIONAL, T0, ""), "practice.error.commentRequired");
        assertRefused(() -> p.accredit(NATIONAL, T0, null, "RP-1", null), "practice.error.accreditationIncomplete");
        assertRefused(() -> p.accredit(NATIONAL, T0, LocalDate.now(), " ", null),
                "practice.error.accreditationIncomplete");
        assertThat(p.status()).isEqualTo(PracticeStatus.SUBMITTED);
        assertThat(p.transitions()).hasSize(2);
    }

    @Test
    void accreditedPracticeCannotBeReviewedAgain() {
        Practice p = draft();
        p.submit(COORDINATOR, T0, null);
        p.accredit(NATIONAL, T0, LocalDate.now(), "RP-9", null);
        assertRefused(() -> p.reject(NATIONAL, T0, "mégsem"), "practice.error.notSubmitted");
        assertRefused(() -> p.returnForChanges(NATIONAL, T0, "mégsem"), "practice.error.notSubmitted");
        assertThat(p.status()).isEqualTo(PracticeStatus.ACCREDITED);
    }

    @Test
    void theContactMustHaveAgreedAndBeReachable() {
        PracticeContent noConsent = new PracticeContent("t", "s", "p", "m", "r", "e", null, "tr", "Kiss Péter", null,
                "k@example.hu", null, false, Set.of());
        PracticeContent unreachable = new PracticeContent("t", "s", "p", "m", "r", "e", null, "tr", "Kiss Péter",
                null, " ", null, true, Set.of());
        assertRefused(() -> Practice.propose(1L, "02", 1L, noConsent, COORDINATOR, T0), "practice.error.consentRequired");
        assertRefused(() -> Practice.propose(1L, "02", 1L, unreachable, COORDINATOR, T0),
                "practice.error.contactRequired");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(
                hu.kozossegi.portal.shared.rules.FieldViolationException.class,
                ex -> assertThat(ex.violations().get(0).messageKey()).isEqualTo(key));
    }
}
