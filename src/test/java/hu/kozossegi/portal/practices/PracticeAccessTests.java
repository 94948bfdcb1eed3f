package hu.kozossegi.portal.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import hu.kozossegi.portal.practices.internal.Practice;
import hu.kozossegi.portal.practices.internal.PracticeRepository;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Who may propose, edit, submit and review: the initiative county's staff propose, the national office reviews. */
@PortalIntegrationTest
class PracticeAccessTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PracticeFixtures fixtures;

    @Autowired
    PracticeRepository practices;

    @Autowired
    hu.kozossegi.portal.practices.internal.PracticeReader reader;

    @Test
    void onlyTheNationalOfficeSeesTheReviewQueue() {
        Practice submitted = fixtures.practice("02", "Sorban álló " + System.nanoTime(), PracticeStatus.SUBMITTED);
        assertThat(mvc.get().uri("/good-practices/review")).hasStatus(HttpStatus.FOUND).redirectedUrl()
                .endsWith("/login");
        assertThat(mvc.get().uri("/good-practices/review").with(TestUsers.coordinator("02")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/good-practices/review").with(TestUsers.developer("02")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/good-practices/review").param("page", "0").with(TestUsers.national()))
                .hasStatusOk().bodyText().contains(submitted.content().title());
    }

    @Test
    void onlyTheNationalOfficeReviewsAndNothingChangesOtherwise() {
        Practice p = fixtures.practice("02", "Bírálandó " + System.nanoTime(), PracticeStatus.SUBMITTED);
        for (var user : new org.springframework.test.web.servlet.request.RequestPostProcessor[] {
            TestUsers.coordinator("02"), TestUsers.developer("02"), TestUsers.coordinator("12") }) {
            assertThat(mvc.post().uri("/good-practices/{id}/review", p.id()).with(user).with(csrf())
                    .param("decision", "ACCREDIT").param("accreditedOn", "2026-01-10")
                    .param("accreditationNumber", "RP-X-" + System.nanoTime()).param("version", "" + p.version()))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.post().uri("/good-practices/{id}/review", p.id()).with(csrf()).param("decision", "REJECT"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(practices.findById(p.id()).orElseThrow().status()).isEqualTo(PracticeStatus.SUBMITTED);
    }

    @Test
    void theNationalOfficeReturnsWithACommentAndAccreditsWithDateAndNumber() {
        Practice p = fixtures.practice("04", "Visszaküldendő " + System.nanoTime(), PracticeStatus.SUBMITTED);
        assertThat(mvc.post().uri("/good-practices/{id}/review", p.id()).with(TestUsers.national()).with(csrf())
                .param("decision", "RETURN").param("comment", " ").param("version", "" + p.version()))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Írja le, mit kell átdolgozni");
        assertThat(mvc.post().uri("/good-practices/{id}/review", p.id()).with(TestUsers.national()).with(csrf())
                .param("decision", "RETURN").param("comment", "Kérjük a költségeket").param("version", "" + p.version()))
                .hasStatus(HttpStatus.FOUND);
        Practice returned = practices.findById(p.id()).orElseThrow();
        assertThat(returned.status()).isEqualTo(PracticeStatus.RETURNED);

        // A stale version is refused with a conflict, never overwritten.
        assertThat(mvc.post().uri("/good-practices/{id}/submit", p.id()).with(TestUsers.coordinator("04"))
                .with(csrf()).param("version", "" + p.version())).hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.post().uri("/good-practices/{id}/submit", p.id()).with(TestUsers.coordinator("04"))
                .with(csrf()).param("version", "" + returned.version())).hasStatus(HttpStatus.FOUND);
        Practice resubmitted = practices.findById(p.id()).orElseThrow();
        assertThat(mvc.post().uri("/good-practices/{id}/review", p.id()).with(TestUsers.national()).with(csrf())
                .param("decision", "ACCREDIT").param("accreditedOn", "nem dátum").param("accreditationNumber", "")
                .param("version", "" + resubmitted.version()))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Adjon meg létező napot").contains("akkreditációs számot");
        String number = "RP-A-" + System.nanoTime();
        assertThat(mvc.post().uri("/good-practices/{id}/review", p.id()).with(TestUsers.national()).with(csrf())
                .param("decision", "ACCREDIT").param("accreditedOn", "2026-02-03").param("accreditationNumber", number)
                .param("version", "" + resubmitted.version())).hasStatus(HttpStatus.FOUND);
        Practice accredited = practices.findById(p.id()).orElseThrow();
        assertThat(accredited.status()).isEqualTo(PracticeStatus.ACCREDITED);
        assertThat(accredited.accreditationNumber()).isEqualTo(number);
        assertThat(mvc.get().uri("/good-practices/{id}", p.id()).with(TestUsers.coordinator("04"))).bodyText()
                .contains("Kérjük a költségeket").contains("bírálatra beküldve → átdolgozásra visszaküldve");
    }

    @Test
    void anonymousVisitorsCannotProposeOrEdit() {
        long initiative = fixtures.initiative("02");
        assertThat(mvc.get().uri("/good-practices/new").param("initiative", "" + initiative))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        Practice p = fixtures.practice("02", "Névtelenül nem " + System.nanoTime(), PracticeStatus.DRAFT);
        assertThat(mvc.get().uri("/good-practices/{id}/edit", p.id())).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/good-practices/{id}/files", p.id())).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void theInitiativeCountysStaffProposeAndOthersGet403() {
        long initiative = fixtures.initiative("02");
        assertThat(mvc.get().uri("/good-practices/new").param("initiative", "" + initiative)
                .with(TestUsers.coordinator("12"))).hasStatus(HttpStatus.FORBIDDEN);
        long before = practices.count();
        assertThat(propose(initiative, TestUsers.coordinator("12"), "Idegen")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(practices.count()).isEqualTo(before);

        assertThat(mvc.get().uri("/good-practices/new").param("initiative", "" + initiative)
                .with(TestUsers.developer("02"))).hasStatusOk().bodyText().contains("Jó gyakorlat javaslása");
        MvcTestResult created = propose(initiative, TestUsers.developer("02"), "Saját " + System.nanoTime());
        assertThat(created).hasStatus(HttpStatus.FOUND).redirectedUrl().matches("/good-practices/\\d+");
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
        Practice saved = practices.findById(id).orElseThrow();
        assertThat(saved.status()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(saved.countyCode()).isEqualTo("02");
        assertThat(saved.initiativeId()).isEqualTo(initiative);
    }

    @Test
    void theInitiativePageOffersProposingOnlyToItsCountysStaff() {
        long initiative = fixtures.initiative("02");
        String link = "/good-practices/new?initiative=" + initiative;
        assertThat(mvc.get().uri("/initiatives/{id}", initiative).with(TestUsers.developer("02"))).hasStatusOk()
                .bodyText().contains(link).contains("Jó gyakorlat javaslása");
        assertThat(mvc.get().uri("/initiatives/{id}", initiative).with(TestUsers.coordinator("12"))).hasStatusOk()
                .bodyText().doesNotContain(link);
    }

    @Test
    void anotherCountyCannotEditOrSubmitAndNothingChanges() {
        Practice p = fixtures.practice("02", "Baranyai " + System.nanoTime(), PracticeStatus.DRAFT);
        assertThat(mvc.get().uri("/good-practices/{id}/edit", p.id()).with(TestUsers.coordinator("12")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/good-practices/{id}/edit", p.id()).with(TestUsers.coordinator("12")).with(csrf())
                .params(formParams("Átírva")).param("version", "" + p.version())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/good-practices/{id}/submit", p.id()).with(TestUsers.developer("12")).with(csrf())
                .param("version", "" + p.version())).hasStatus(HttpStatus.FORBIDDEN);
        Practice unchanged = reader.find(p.id()).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(unchanged.content().title()).isEqualTo(p.content().title());

        assertThat(mvc.post().uri("/good-practices/{id}/edit", p.id()).with(TestUsers.coordinator("02")).with(csrf())
                .params(formParams("Átírva")).param("version", "" + p.version())).hasStatus(HttpStatus.FOUND);
        assertThat(reader.find(p.id()).orElseThrow().content().title()).isEqualTo("Átírva");
    }

    @Test
    void invalidProposalKeepsTheInputAndNamesTheFields() {
        long initiative = fixtures.initiative("06");
        assertThat(mvc.post().uri("/good-practices/new").param("initiative", "" + initiative)
                .with(TestUsers.coordinator("06")).with(csrf()).param("title", "Megtartott Tervezet")
                .param("contactEmail", "nem-email").param("themes", "NINCS_ILYEN"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("Hiba történt").contains("Megtartott Tervezet").contains("Írja le a módszert lépésről lépésre")
                .contains("Az e-mail-cím formája nem megfelelő").contains("Jelölje be, hogy a kapcsolattartó");
        assertThat(mvc.get().uri("/good-practices/new").param("initiative", "abc").with(TestUsers.coordinator("06")))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/good-practices/new").param("initiative", "999999999")
                .with(TestUsers.coordinator("06"))).hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult propose(long initiative,
            org.springframework.test.web.servlet.request.RequestPostProcessor user, String title) {
        return mvc.post().uri("/good-practices/new").param("initiative", "" + initiative).with(user).with(csrf())
                .params(formParams(title)).exchange();
    }

    static org.springframework.util.MultiValueMap<String, String> formParams(String title) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        params.add("title", title);
        params.add("summary", "Összefoglaló");
        params.add("problem", "Probléma");
        params.add("method", "Lépések");
        params.add("requirements", "Két ember");
        params.add("results", "Klub");
        params.add("transferability", "Falvak");
        params.add("contactName", "Kiss Kapcsolat");
        params.add("contactEmail", "kiss.kapcsolat@example.hu");
        params.add("contactConsent", "true");
        params.add("themes", "YOUTH");
        return params;
    }
}
