package hu.kozossegi.portal.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

@PortalIntegrationTest
class StartupAccountsTests {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    CountyNames counties;

    @Test
    void firstStartOutsideTheDemoCreatesOneNationalOfficeAccountThatMustChangeItsPassword() {
        UserAccount admin = accounts.findByUsername(InitialAdministrator.USERNAME).orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.NATIONAL_OFFICE);
        assertThat(admin.isMustChangePassword()).isTrue();
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
    }

    @Test
    void noDemoAccountIsCreatedOutsideTheDemoProfile(@Autowired ApplicationContext context) {
        assertThat(context.getBeansOfType(DemoAccounts.class)).isEmpty();
        assertThat(context.getBeansOfType(InitialAdministrator.class)).hasSize(1);
    }

    @Test
    void randomPasswordsAreLongAndDiffer() {
        String first = InitialAdministrator.randomPassword(20);
        assertThat(first).hasSize(20).isNotEqualTo(InitialAdministrator.randomPassword(20));
    }

    @Test
    void demoUsernamesFollowTheDesign() {
        assertThat(DemoAccounts.slug("Borsod-Abaúj-Zemplén")).isEqualTo("borsod-abauj-zemplen");
        assertThat(DemoAccounts.slug("Nógrád")).isEqualTo("nograd");
        assertThat(DemoAccounts.slug("Győr-Moson-Sopron")).isEqualTo("gyor-moson-sopron");
        assertThat(DemoAccounts.slug("Szabolcs-Szatmár-Bereg")).isEqualTo("szabolcs-szatmar-bereg");
    }

    @Test
    void theDemoProfileCreatesTheNationalAndTwoAccountsPerCounty() throws Exception {
        new DemoAccounts(accounts, encoder, counties).run(null);
        assertThat(counties.all()).hasSize(20);
        for (var county : counties.all().entrySet()) {
            String slug = DemoAccounts.slug(county.getValue());
            UserAccount coordinator = accounts.findByUsername(slug + "-coordinator").orElseThrow();
            assertThat(coordinator.getCountyCode()).isEqualTo(county.getKey());
            assertThat(coordinator.getRole()).isEqualTo(Role.COUNTY_COORDINATOR);
            assertThat(accounts.findByUsername(slug + "-developer").orElseThrow().getRole())
                    .isEqualTo(Role.COUNTY_DEVELOPER);
            assertThat(encoder.matches("demo", coordinator.getPasswordHash())).isTrue();
        }
        assertThat(accounts.findByUsername("national").orElseThrow().getRole()).isEqualTo(Role.NATIONAL_OFFICE);
    }
}
