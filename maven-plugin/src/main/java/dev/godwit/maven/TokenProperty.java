package dev.godwit.maven;

import dev.godwit.engine.target.D1Credentials;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Profile;

/**
 * A {@code <db.d1.token>} property the module sees, which Godwit does not read: in a POM's {@code <properties>} (a profile's, as
 * Flyway's {@code <flyway.password>${env.X}</...>}), or in an active settings.xml profile's. It was passed over without a word,
 * the run then saying the token was missing, or going on with another one. The refusal names where it is written; its value
 * only while it is still a {@code ${env.NAME}} reference Maven left as written (that variable unset), never once resolved.
 */
final class TokenProperty {

    static final String NAME = "db.d1.token";

    /** How the token kept as a settings.xml server's password may be encrypted, as every message naming that place says it. */
    static final String ENCRYPTED = "may be encrypted with mvn --encrypt-password, on Maven 4 with mvnenc";

    /** Where Maven keeps the ids of the active settings.xml profiles it injected into a project. */
    private static final String SETTINGS_PROFILES = "external";

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{env\\.([A-Za-z_][A-Za-z0-9_]*)}");

    private TokenProperty() {
    }

    /**
     * The refusal of the token property {@code project} sees, or empty where it has none. A blank one holds no token: an empty
     * {@code <db.d1.token/>} is how a module overrides a parent POM's it cannot edit, and was refused as a token in git.
     * {@code settingsProfiles}: settings.xml's profiles, the active ones of which are read before the POM's.
     */
    static Optional<String> refusal(MavenProject project, List<Profile> settingsProfiles, String serverId) {
        String value = project.getProperties().getProperty(NAME);
        if (value == null || value.isBlank()) return Optional.empty();
        List<String> active = project.getInjectedProfileIds().getOrDefault(SETTINGS_PROFILES, List.of());
        for (Profile profile : settingsProfiles == null ? List.<Profile>of() : settingsProfiles) {
            if (active.contains(profile.getId()) && profile.getProperties().getProperty(NAME) != null) {
                return Optional.of(inSettings(profile.getId(), serverId));
            }
        }
        return Optional.of(inPom(value));
    }

    /** settings.xml is not committed, but a profile's properties are not where Godwit reads a token (the POM's refusal said "in git"). */
    private static String inSettings(String profileId, String serverId) {
        return "<" + NAME + "> in the <properties> of settings.xml's profile " + profileId + " is not read. Keep the token in settings.xml as"
                + " the <password> of a <server> with id " + serverId + " (its <username> the account id; the password " + ENCRYPTED
                + "), or give it as the environment variable " + D1Credentials.ENV_TOKEN + ", in .env or .dev.vars, or with"
                + " -Ddb.d1.token on the command line; and take the property out of the profile. Nothing was sent.";
    }

    static String inPom(String value) {
        var reference = ENV_REFERENCE.matcher(value.strip());
        String passOn = reference.matches()
                ? " It is " + value.strip() + ", which Maven left as written: " + reference.group(1) + " is not set in the environment mvn runs in. Where it is"
                        + " set, pass it on as export " + D1Credentials.ENV_TOKEN + "=\"$" + reference.group(1) + "\" (or " + D1Credentials.ENV_TOKEN
                        + "=${" + reference.group(1) + "} in .env)."
                : " For a token kept in another variable, export " + D1Credentials.ENV_TOKEN + "=\"$CLOUDFLARE_API_TOKEN\" (or "
                        + D1Credentials.ENV_TOKEN + "=${CLOUDFLARE_API_TOKEN} in .env).";
        return "<" + NAME + "> in the POM's <properties> (the module's, a parent's or an active profile's) is not read: a POM is committed,"
                + " so a token written there is in git. Take it out (a parent POM's you cannot edit: an empty <" + NAME + "/> in this POM's"
                + " <properties> overrides it), and give the token as the environment variable " + D1Credentials.ENV_TOKEN
                + ", in .env or .dev.vars, as the password of a settings.xml server, or with -Ddb.d1.token on the command line." + passOn
                + " Nothing was sent.";
    }
}
