package hu.kozossegi.portal.accounts.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import hu.kozossegi.portal.accounts.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo accounts of DESIGN.md section 5, all with the password {@code demo}; only in the demo profile. */
@Component
@Profile("demo")
@Order(0)
class DemoAccounts implements ApplicationRunner {

    private static final String[] FAMILY = {"Kovács", "Szabó", "Tóth", "Horváth", "Varga", "Kiss", "Molnár",
        "Németh", "Farkas", "Balogh", "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh", "Simon", "Rácz",
        "Fekete", "Szűcs"};
    private static final String[] GIVEN = {"Anna", "Gábor", "Zsófia", "Péter", "Erzsébet", "László", "Katalin",
        "Ödön", "Judit", "Zoltán", "Ildikó", "Csaba", "Éva", "György", "Orsolya", "Attila", "Mária", "Tamás",
        "Krisztina", "Béla"};

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final CountyNames counties;

    DemoAccounts(UserAccountRepository accounts, PasswordEncoder encoder, CountyNames counties) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.counties = counties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.existsByUsernameIgnoreCase("national")) {
            return;
        }
        // One hash for all: bcrypt is slow on purpose, and 41 hashes would cost seconds of every first start.
        String hash = encoder.encode("demo");
        List<UserAccount> demo = new ArrayList<>();
        demo.add(new UserAccount("national", "Nagy Ilona", "orszagos.iroda@example.hu", Role.NATIONAL_OFFICE, null,
                hash, false));
        List<Map.Entry<String, String>> all = List.copyOf(counties.all().entrySet());
        for (int i = 0; i < all.size(); i++) {
            Map.Entry<String, String> county = all.get(i);
            String slug = slug(county.getValue());
            demo.add(new UserAccount(slug + "-coordinator", name(i, 0), slug + ".koordinator@example.hu",
                    Role.COUNTY_COORDINATOR, county.getKey(), hash, false));
            demo.add(new UserAccount(slug + "-developer", name(i, 7), slug + ".fejleszto@example.hu",
                    Role.COUNTY_DEVELOPER, county.getKey(), hash, false));
        }
        Set<String> existing = accounts.findAll().stream()
                .map(account -> account.getUsername().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        accounts.saveAll(demo.stream().filter(account -> !existing.contains(account.getUsername())).toList());
    }

    /** "Borsod-Abaúj-Zemplén" becomes "borsod-abauj-zemplen": lower case, accents removed, spaces as hyphens. */
    static String slug(String countyName) {
        String folded = Normalizer.normalize(countyName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", "-");
    }

    private static String name(int index, int shift) {
        return FAMILY[(index + shift) % FAMILY.length] + " " + GIVEN[(index * 3 + shift) % GIVEN.length];
    }
}
