package dev.godwit.engine.fleet;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.d1.D1Client;
import dev.godwit.engine.target.FleetSelection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The members of a fleet, handed out one at a time to the workers ({@link #next()} is thread-safe)
 * and produced lazily: a name pattern pages through the account's database list
 * ({@code GET /accounts/{id}/d1/database?page=N&per_page=}{@value #PER_PAGE}) only as fast as the
 * workers take members, and a file is read line by line, so memory does not grow with the fleet.
 * Names in a list or file are resolved to ids with one pass over the account's list (only the
 * requested names are kept).
 */
public final class FleetMembers implements AutoCloseable {

    /** Databases per list page (Cloudflare allows 10 to 10,000). */
    public static final int PER_PAGE = 1000;

    private final Iterator<FleetMember> listed;
    private GlobPages glob;
    private final AutoCloseable resource;
    private volatile long total;     // -1 while unknown
    private long handedOut;
    private final java.util.Set<String> seenIds = new java.util.HashSet<>();
    private boolean fromFile;
    /** The account's names nearest to those asked for, for a selection that names no database; null: not read. */
    private NearestNames nearest;
    /** A list or file of names only, none of them a database's of the account. */
    private boolean namesNone;
    /** The first of those names that is a pattern (pat-*, without its name:), or null. */
    private String patternAsName;

    private FleetMembers(Iterator<FleetMember> it, AutoCloseable resource, long total) {
        this.listed = it;
        this.resource = resource;
        this.total = total;
    }

    /** How many members there are, or -1 while not yet known (a pattern whose list is still being read). */
    public long total() {
        return total;
    }

    /**
     * {@link #total()} when known; for a pattern whose list is still being read, the databases matched so far: a lower bound (-1
     * before the first page). The share matched so far times the account's {@code total_count} was ~3× off where the matching
     * names sit together in the list (the tenants created first, the rest after): no share of the pages read says what the others hold.
     */
    public long estimatedTotal() {
        long t = total;
        if (t >= 0 || glob == null) return t;
        return glob.scanned == 0 ? -1 : glob.matched;
    }

    /** For a pattern whose list is still being read: "1000 of 3000" (databases of the account's list read so far), else null. */
    public String listRead() {
        if (total >= 0 || glob == null || glob.scanned == 0) return null;
        return glob.scanned + (glob.accountTotal >= 0 ? " of " + glob.accountTotal : "");
    }

    /** What the account's list is waiting on while a page of it is retried (a 5xx, a lost connection), else null. */
    public String listRetrying() {
        return glob == null ? null : glob.lister.listRetrying();
    }

    /** The next member, or null when there are no more. */
    public synchronized FleetMember next() {
        Iterator<FleetMember> it = glob != null ? glob : listed;
        while (it.hasNext()) {
            FleetMember m = it.next();
            // one database listed twice in a file (by name and by id, or a repeated line) is visited once; a list is deduplicated
            // when it is read, and a pattern's names are unique in the account, so only a file's ids are remembered
            if (m.id() != null && fromFile && !seenIds.add(m.id())) continue;
            handedOut++;
            return m;
        }
        total = handedOut;
        return null;
    }

    /**
     * Whether the selection is a list or file of names none of which is a database's of the account (no id among them, which
     * only its own request tells): it names no database, as a pattern matching none does.
     */
    public boolean namesNoDatabase() {
        return namesNone;
    }

    /** Where {@link #namesNoDatabase}: the first of its names that is a pattern written without {@code name:}, or null. */
    public String patternAsName() {
        return patternAsName;
    }

    private static boolean patternLike(String entry) {
        return entry.matches(".*[*?\\[].*");
    }

    /**
     * The account's names nearest to what the selection asks for, and how to list them all ({@link NearestNames#told}); "" where
     * the list was not read through.
     */
    public String nearestTold() {
        return nearest == null ? "" : nearest.told();
    }

    public static FleetMembers open(FleetSelection selection, D1Client lister) {
        if (selection instanceof FleetSelection.NameGlob g) {
            FleetMembers fm = new FleetMembers(null, null, -1);
            fm.nearest = NearestNames.toPatterns(g.patterns());
            fm.glob = fm.new GlobPages(g, lister);
            return fm;
        }
        if (selection instanceof FleetSelection.Listed l) {
            NearestNames near = NearestNames.toNames(l.entries().stream().filter(e -> !FleetSelection.isId(e)).toList());
            Map<String, String> ids = resolveNames(l.entries().stream(), lister, near);
            Map<String, FleetMember> byIdOrName = new java.util.LinkedHashMap<>();
            for (String e : l.entries()) {
                FleetMember m = member(e, ids);
                byIdOrName.putIfAbsent(m.id() != null ? m.id() : "\u0000" + m.name(), m);
            }
            FleetMembers fm = new FleetMembers(byIdOrName.values().iterator(), null, byIdOrName.size());
            fm.nearest = near;
            fm.namesNone = byIdOrName.values().stream().allMatch(m -> m.id() == null);
            fm.patternAsName = l.entries().stream().filter(FleetMembers::patternLike).findFirst().orElse(null);
            return fm;
        }
        FleetSelection.FromFile f = (FleetSelection.FromFile) selection;
        long count;
        boolean namesNone;
        String patternAsName;
        Map<String, String> ids;
        count(f);   // text that is not UTF-8 stops here, naming the file
        NearestNames near;
        try (Stream<String> lines = entries(f)) {
            near = NearestNames.toNames(lines.filter(e -> !FleetSelection.isId(e)).limit(3).toList());
        }
        try (Stream<String> lines = entries(f)) {
            ids = resolveNames(lines, lister, near);
        }
        // the databases, not the lines: one listed twice (a repeated line, its name and its id) is visited once, and a count of lines
        // left the progress line's "to go" above 0 at the end and a canary as large as the fleet "continuing with the rest"
        try (Stream<String> lines = entries(f)) {
            Set<String> distinct = new HashSet<>();
            long[] unresolved = {0};
            String[] pattern = {null};
            lines.forEach(e -> {
                FleetMember m = member(e, ids);
                if (m.id() == null) unresolved[0]++;
                else distinct.add(m.id());
                if (pattern[0] == null && patternLike(e)) pattern[0] = e;
            });
            patternAsName = pattern[0];
            count = distinct.size() + unresolved[0];
            namesNone = distinct.isEmpty() && unresolved[0] > 0;
        }
        Stream<String> lines = entries(f);
        FleetMembers fm = new FleetMembers(lines.map(e -> member(e, ids)).iterator(), lines::close, count);
        fm.fromFile = true;
        fm.nearest = near;
        fm.namesNone = namesNone;
        fm.patternAsName = patternAsName;
        return fm;
    }

    /**
     * The file's entries: a byte-order mark is skipped and UTF-16 read as such (Windows editors and PowerShell's {@code >} write
     * them), line ends may be CRLF, {@code #} starts a comment, blank lines are skipped; text that is not UTF-8 is an error
     * naming the file.
     */
    private static Stream<String> entries(FleetSelection.FromFile f) {
        try {
            java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f.file()));
            in.mark(3);
            int b0 = in.read(), b1 = in.read(), b2 = in.read();
            in.reset();
            java.nio.charset.Charset cs = StandardCharsets.UTF_8;
            if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
                in.skipNBytes(3);
            } else if (b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF) {
                cs = StandardCharsets.UTF_16;   // reads the mark and skips it
            }
            BufferedReader r = new BufferedReader(new java.io.InputStreamReader(in, cs.newDecoder()));
            return r.lines().map(l -> {
                int hash = l.indexOf('#');
                return (hash >= 0 ? l.substring(0, hash) : l).strip();
            }).filter(l -> !l.isEmpty()).onClose(() -> {
                try {
                    r.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Cannot read " + f.file() + ": " + e.getMessage(), e);
        }
    }

    /** Counts a file's entries; text that is not UTF-8 (or UTF-16 with its mark) is an error naming the file, before any database. */
    private static long count(FleetSelection.FromFile f) {
        try (Stream<String> lines = entries(f)) {
            return lines.count();
        } catch (UncheckedIOException e) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "-Ddb.d1.databases=@" + f.file() + " is not UTF-8 text (" + e.getCause().getMessage()
                    + "): save it as UTF-8, one database id or name per line. Nothing was done.", e);
        }
    }

    private static FleetMember member(String entry, Map<String, String> ids) {
        // D1's ids are lower-case UUIDs: one pasted in capitals is the same database (it was visited twice, once as a failure)
        if (FleetSelection.isId(entry)) return FleetMember.of(entry.toLowerCase(java.util.Locale.ROOT), null);
        String id = ids.get(entry);
        return id != null ? FleetMember.of(id, entry)
                : new FleetMember(null, entry, "no database named \"" + entry + "\" in the account (ids are UUIDs; names are matched exactly"
                + (patternLike(entry) ? ": for every database whose name matches a pattern, write -Ddb.d1.databases=name:" + entry : "") + ")");
    }

    /**
     * name -> id for the names among the entries (one pass over the account's list, only if there are names); every name read is
     * offered to {@code near} (where none is found, the whole list is read).
     */
    private static Map<String, String> resolveNames(Stream<String> entries, D1Client lister, NearestNames near) {
        Set<String> wanted = new HashSet<>();
        entries.filter(e -> !FleetSelection.isId(e)).forEach(wanted::add);
        Map<String, String> out = new HashMap<>();
        if (wanted.isEmpty()) return out;
        pages(lister, db -> {
            Object name = db.get("name");
            Object uuid = db.get("uuid");
            if (name != null) near.offer(name.toString());
            if (name != null && uuid != null && wanted.contains(name.toString())) out.putIfAbsent(name.toString(), uuid.toString());
        }, () -> out.size() == wanted.size());
        return out;
    }

    private static void pages(D1Client lister, Consumer<Map<String, Object>> each, java.util.function.BooleanSupplier done) {
        for (int page = 1; page <= 100_000; page++) {
            D1Client.DatabasePage p = lister.listDatabases(null, page, PER_PAGE);
            p.databases().forEach(each);
            if (done.getAsBoolean() || isLast(p)) return;
        }
    }

    private static boolean isLast(D1Client.DatabasePage p) {
        if (p.databases().isEmpty() || p.databases().size() < p.perPage()) return true;
        return p.totalCount() >= 0 && (long) p.page() * p.perPage() >= p.totalCount();
    }

    /** Pages through the account's databases as members are taken, keeping one page at most. */
    private final class GlobPages implements Iterator<FleetMember> {
        private final FleetSelection.NameGlob glob;
        private final java.util.regex.Pattern regex;
        private final D1Client lister;
        private final ArrayDeque<FleetMember> buffer = new ArrayDeque<>();
        private int page;
        private boolean exhausted;
        private volatile long matched;
        private volatile long scanned;
        private volatile long accountTotal = -1;
        /** The ids on the last pages read (three pages' worth): a database that moved between pages is neither lost nor taken twice. */
        private final Map<String, Boolean> recent = new java.util.LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > 3 * PER_PAGE;
            }
        };

        GlobPages(FleetSelection.NameGlob glob, D1Client lister) {
            this.glob = glob;
            this.regex = glob.regex();
            this.lister = lister;
        }

        @Override
        public boolean hasNext() {
            while (buffer.isEmpty() && !exhausted) {
                // The list is paged by offset and the run takes its time: a database deleted from a page already read moves the first
                // of the next page onto it (never handed out), one created ahead of it (a list newest first) pushes the last of that
                // page onto the next (handed out twice). So the page read last is read again with the next one: what moved onto it
                // is taken, and what was seen on the last pages is not taken again. One list call more per 1,000 databases.
                // More than a page's worth deleted before it moves the databases after them by more than a page: the page read again
                // then holds none of those seen, and what moved onto the page before it would be lost; so it is read back, page by page,
                // until one holds a database seen (a database seen longer ago than {@link #recent} keeps may then be taken again:
                // its history, read once more, shows it done).
                for (int back = page; back > 0; back--) {
                    D1Client.DatabasePage again = lister.listDatabases(null, back, PER_PAGE);
                    boolean seen = again.databases().stream().anyMatch(db -> db.get("uuid") != null && recent.containsKey(db.get("uuid").toString()));
                    take(again);
                    if (seen) break;
                }
                D1Client.DatabasePage p = lister.listDatabases(null, ++page, PER_PAGE);
                take(p);
                scanned += p.databases().size();
                if (p.totalCount() >= 0) accountTotal = p.totalCount();
                exhausted = isLast(p) || page >= 100_000;
                if (exhausted) total = matched;
            }
            return !buffer.isEmpty();
        }

        /** Buffers the page's databases that match and were not on the pages read last ({@link #recent}). */
        private void take(D1Client.DatabasePage p) {
            for (Map<String, Object> db : p.databases()) {
                Object name = db.get("name");
                Object uuid = db.get("uuid");
                if (name == null || uuid == null || recent.put(uuid.toString(), Boolean.TRUE) != null) continue;
                nearest.offer(name.toString());
                if (regex.matcher(name.toString()).matches()) {
                    buffer.add(FleetMember.of(uuid.toString(), name.toString()));
                    matched++;
                }
            }
        }

        @Override
        public FleetMember next() {
            if (!hasNext()) throw new NoSuchElementException();
            return buffer.poll();
        }

        @Override
        public String toString() {
            return glob.toString();
        }
    }

    /** Members given directly (tests). */
    static FleetMembers of(List<FleetMember> members) {
        return new FleetMembers(members.iterator(), null, members.size());
    }

    @Override
    public void close() {
        if (resource == null) return;
        try {
            resource.close();
        } catch (Exception ignored) {
            // a file reader that fails to close
        }
    }
}
