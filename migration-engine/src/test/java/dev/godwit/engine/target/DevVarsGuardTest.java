package dev.godwit.engine.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real git in a temporary repository. */
class DevVarsGuardTest {

    @TempDir
    Path dir;

    private void git(String... args) throws Exception {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "git";
        System.arraycopy(args, 0, cmd, 1, args.length);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }

    @Test
    void warnsOnlyWhenATokenIsInATrackedDevVars() throws Exception {
        git("init", "-q");
        Files.writeString(dir.resolve(".dev.vars"), "CLOUDFLARE_ACCOUNT_ID=acct\nCLOUDFLARE_D1_TOKEN=tok-123456\n");
        assertEquals(Optional.empty(), DevVarsGuard.warning(dir), "untracked");
        git("add", ".dev.vars");
        Optional<String> w = DevVarsGuard.warning(dir);
        assertTrue(w.isPresent());
        assertTrue(w.get().startsWith(".dev.vars holds CLOUDFLARE_D1_TOKEN and git tracks it"), w.get());
        assertTrue(w.get().contains("git rm --cached .dev.vars") && !w.get().contains("tok-123456"), w.get());
        Files.writeString(dir.resolve(".dev.vars"), "CLOUDFLARE_ACCOUNT_ID=acct\n");
        assertEquals(Optional.empty(), DevVarsGuard.warning(dir), "tracked, but no token in it");
    }

    /**
     * A module finds the repository's wrangler config in a parent folder, and since d1user16 the token in the .dev.vars next to
     * it (as wrangler dev reads it): that file was never looked at here, so a tracked ../.dev.vars holding the token the run used
     * gave no warning. It is now checked too, named from the module.
     */
    @Test
    void warnsForATrackedDevVarsNextToAParentsWranglerConfig() throws Exception {
        git("init", "-q");
        Path module = Files.createDirectories(dir.resolve("db"));
        Files.writeString(dir.resolve(".dev.vars"), "CLOUDFLARE_D1_TOKEN=tok-parent-123\n");
        assertEquals(Optional.empty(), DevVarsGuard.warning(module, dir), "untracked");
        git("add", ".dev.vars");
        Optional<String> w = DevVarsGuard.warning(module, dir);
        assertTrue(w.isPresent(), "tracked");
        assertEquals(".." + java.io.File.separator + ".dev.vars holds CLOUDFLARE_D1_TOKEN and git tracks it, so the token is in the repository"
                + " and its history. Run git rm --cached .." + java.io.File.separator + ".dev.vars, add .dev.vars to .." + java.io.File.separator
                + ".gitignore, and roll the token in the Cloudflare dashboard (My Profile > API Tokens).", w.get());
        assertEquals(Optional.empty(), DevVarsGuard.warning(module), "the module's own files hold none");
    }

    /** wrangler's recommended place for its token is .env (and .env.<env>): committed, the token is as public as in .dev.vars. */
    @Test
    void warnsForATrackedEnvFileHoldingGodwitsOrWranglersToken() throws Exception {
        git("init", "-q");
        Files.writeString(dir.resolve(".env.example"), "CLOUDFLARE_ACCOUNT_ID=acct\n");
        Files.writeString(dir.resolve(".env.staging"), "CLOUDFLARE_API_TOKEN=wr-tok-987\n");
        git("add", ".env.example", ".env.staging");
        Optional<String> w = DevVarsGuard.warning(dir);
        assertEquals(Optional.of(".env.staging holds CLOUDFLARE_API_TOKEN and git tracks it, so the token is in the repository and its history."
                + " Run git rm --cached .env.staging, add .env.staging to .gitignore, and roll the token in the Cloudflare dashboard (My Profile >"
                + " API Tokens)."), w);
    }

    /**
     * CLOUDFLARE_D1_TOKEN=${CLOUDFLARE_API_TOKEN} (what README and the missing-settings error say to add) names the token without
     * holding it: a tracked .env with only that line, or a .env.example with a quoted reference, has nothing to roll.
     */
    @Test
    void aTrackedFileNamingTheTokenByReferenceOnlyHoldsNone() throws Exception {
        git("init", "-q");
        Files.writeString(dir.resolve(".env"), "CLOUDFLARE_ACCOUNT_ID=acct\nCLOUDFLARE_D1_TOKEN=${CLOUDFLARE_API_TOKEN}\n");
        Files.writeString(dir.resolve(".env.example"), "CLOUDFLARE_API_TOKEN=\"$MY_TOKEN\"\nCLOUDFLARE_D1_TOKEN=${A}${B}\n");
        git("add", ".env", ".env.example");
        assertEquals(Optional.empty(), DevVarsGuard.warning(dir));
        // a default after :- or - is a value written in the file: that can be the token itself
        Files.writeString(dir.resolve(".env"), "CLOUDFLARE_D1_TOKEN=${CLOUDFLARE_API_TOKEN:-tok-123456}\n");
        assertEquals(Optional.of(".env holds CLOUDFLARE_D1_TOKEN and git tracks it, so the token is in the repository and its history."
                + " Run git rm --cached .env, add .env to .gitignore, and roll the token in the Cloudflare dashboard (My Profile >"
                + " API Tokens)."), DevVarsGuard.warning(dir));
    }

    @Test
    void noRepositoryNoWarning() throws Exception {
        Files.writeString(dir.resolve(".dev.vars"), "CLOUDFLARE_D1_TOKEN=tok-123456\n");
        assertEquals(Optional.empty(), DevVarsGuard.warning(dir));
    }
}
