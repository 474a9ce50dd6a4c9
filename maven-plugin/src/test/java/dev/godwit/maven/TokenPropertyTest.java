package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Profile;
import org.junit.jupiter.api.Test;

/** A {@code db.d1.token} property is refused where it holds a token, naming where it is written, never its resolved value. */
class TokenPropertyTest {

    private static MavenProject project(String token) {
        MavenProject p = new MavenProject(new Model());
        if (token != null) p.getProperties().setProperty("db.d1.token", token);
        return p;
    }

    private static Profile settingsProfile(String id, String token) {
        Profile profile = new Profile();
        profile.setId(id);
        profile.getProperties().setProperty("db.d1.token", token);
        return profile;
    }

    @Test
    void anEmptyPropertyOverridingAParentsHoldsNoToken() {
        // <db.d1.token/> in the module, over a parent POM's it cannot edit: refused as "a token written there is in git"
        assertEquals(Optional.empty(), TokenProperty.refusal(project(""), List.of(), "cloudflare-d1"));
        assertEquals(Optional.empty(), TokenProperty.refusal(project("  "), List.of(), "cloudflare-d1"));
        assertEquals(Optional.empty(), TokenProperty.refusal(project(null), List.of(), "cloudflare-d1"));
    }

    @Test
    void anActiveSettingsProfilesPropertyIsNamedAsSettingsNotAsTheCommittedPom() {
        // it said "<db.d1.token> in the POM's <properties> ... a POM is committed, so a token written there is in git. Take it out"
        MavenProject p = project("settings-token-Xq7");
        p.setInjectedProfileIds("external", List.of("tok"));
        String refusal = TokenProperty.refusal(p, List.of(settingsProfile("tok", "settings-token-Xq7")), "cloudflare-d1").orElseThrow();
        assertEquals("<db.d1.token> in the <properties> of settings.xml's profile tok is not read. Keep the token in settings.xml as the"
                + " <password> of a <server> with id cloudflare-d1 (its <username> the account id; the password may be encrypted with mvn"
                + " --encrypt-password, on Maven 4 with mvnenc), or give it as the environment variable CLOUDFLARE_D1_TOKEN, in .env or .dev.vars, or with -Ddb.d1.token"
                + " on the command line; and take the property out of the profile. Nothing was sent.", refusal);
    }

    @Test
    void aPomsPropertyIsRefusedAsInGitWithHowToOverrideAParents() {
        MavenProject p = project("pom-token-Qz81Lk");
        p.setInjectedProfileIds("external", List.of());
        // a settings profile that is not active is not where the value came from
        String refusal = TokenProperty.refusal(p, List.of(settingsProfile("tok", "x")), "cloudflare-d1").orElseThrow();
        assertEquals("<db.d1.token> in the POM's <properties> (the module's, a parent's or an active profile's) is not read: a POM is committed,"
                + " so a token written there is in git. Take it out (a parent POM's you cannot edit: an empty <db.d1.token/> in this POM's"
                + " <properties> overrides it), and give the token as the environment variable CLOUDFLARE_D1_TOKEN, in .env or .dev.vars, as the"
                + " password of a settings.xml server, or with -Ddb.d1.token on the command line. For a token kept in another variable, export"
                + " CLOUDFLARE_D1_TOKEN=\"$CLOUDFLARE_API_TOKEN\" (or CLOUDFLARE_D1_TOKEN=${CLOUDFLARE_API_TOKEN} in .env). Nothing was sent.", refusal);
    }
}
