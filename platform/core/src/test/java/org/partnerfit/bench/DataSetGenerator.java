package org.partnerfit.bench;

import java.io.StringReader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.partnerfit.plugin.infrastructure.LoadedPlugin;
import org.partnerfit.plugin.infrastructure.PluginJar;
import org.partnerfit.scoring.application.ScoringEngine;
import org.partnerfit.spi.Answers;
import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.spi.Score;
import org.partnerfit.spi.ScoringInput;
import org.partnerfit.spi.Text;
import org.partnerfit.testkit.AnswerGenerator;
import org.postgresql.PGConnection;

/**
 * The benchmark's data set (infra/bench/load.sh), written with COPY into a database whose schema
 * the deployed application's migrations created. Answers come from each plugin's own
 * questionnaire, scores from running the plugin's scorer on them, as the platform would.
 *
 * <pre>
 *   target JDBC_URL USER PASSWORD ROOT   50 tenants with every criterion on and a profile each,
 *                                        and in "acme" one assessment in review with 200 partner
 *                                        firms that answered all ten criteria; prints its id
 *   rest   JDBC_URL USER PASSWORD ROOT   more assessments of the same shape across the tenants
 *                                        until there are 1,000 assessments and 10,000 invitations
 * </pre>
 * The user must pass row-level security (the script grants BYPASSRLS for the run): COPY FROM
 * refuses tables whose policies apply to the caller.
 */
public final class DataSetGenerator {

    private static final int TENANTS = 50;
    private static final int ASSESSMENTS = 1_000;
    private static final int INVITATIONS = 10_000;
    private static final int TARGET_PARTNERS = 200;
    private static final String TARGET_TENANT = "acme";
    private static final String TARGET_NAME = "Bench: 200 partners x 10 criteria";
    private static final int DRAFT_INVITATIONS = 64;
    /** The demo partner contact (northwind-contact in the realm), so the benchmark signs in as a real user. */
    private static final String DRAFT_CONTACT = "contact@northwind.test";
    /** Ids are taken well above what the application's sequence handed out, then the sequence is moved past them. */
    private static final int ID_GAP = 1_000;

    private final Connection db;
    private final List<LoadedPlugin> plugins;
    private final AnswerGenerator answers = new AnswerGenerator(20261126L);
    private final Map<String, Map<String, Answers>> profiles = new HashMap<>();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private long nextId;
    private int firmNumber;

    private final Csv tenantRows = new Csv("tenant (alias, name, createdat)");
    private final Csv criterionRows = new Csv("tenant_criterion (id, version, tenant_id, plugin_id, enabled, defaultweight)");
    private final Csv profileRows = new Csv("client_profile (id, version, tenant_id, plugin_id, answers, updatedat)");
    private final Csv assessmentRows = new Csv("assessment (id, version, tenant_id, name, description, status, duedate, createdat, statuschangedat)");
    private final Csv pinRows = new Csv("assessment_criterion (id, version, tenant_id, assessment_id, plugin_id, plugin_version, weight)");
    private final Csv useRows = new Csv("plugin_use (id, version, plugin_id, plugin_version, tenantid, assessmentid)");
    private final Csv invitationRows = new Csv("invitation (id, version, tenant_id, assessment_id, firmname, contactemail, invitedat)");
    private final Csv grantRows = new Csv("partner_grant (id, version, contactemail, tenantid, invitationid)");
    private final Csv submissionRows = new Csv("submission (id, version, tenant_id, invitation_id, criterion_id, answers, status, updatedat, submittedat)");
    private final Csv scoreRows = new Csv("criterion_score (id, version, tenant_id, submission_id, plugin, inputshash, scorevalue, confidence, "
            + "rationaleen, rationalezh, redflagsen, redflagszh, failed, scoredat)");

    private DataSetGenerator(Connection db, List<LoadedPlugin> plugins) {
        this.db = db;
        this.plugins = plugins;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5 || !Set.of("target", "rest").contains(args[0])) {
            System.err.println("usage: DataSetGenerator target|rest JDBC_URL USER PASSWORD ROOT");
            System.exit(2);
        }
        List<LoadedPlugin> plugins = pluginJars(Path.of(args[4]));
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
            db.setAutoCommit(false);
            DataSetGenerator generator = new DataSetGenerator(db, plugins);
            long start = System.nanoTime();
            if (args[0].equals("target")) {
                generator.tenantsAndTarget();
            } else {
                generator.rest();
            }
            generator.flush();
            db.commit();
            generator.report((System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Every built criterion plugin JAR, loaded the way the platform loads them. */
    private static List<LoadedPlugin> pluginJars(Path root) throws Exception {
        List<LoadedPlugin> loaded = new ArrayList<>();
        try (DirectoryStream<Path> modules = Files.newDirectoryStream(root.resolve("plugins"))) {
            for (Path module : modules) {
                if (!Files.isDirectory(module.resolve("target"))) {
                    continue;
                }
                try (DirectoryStream<Path> jars = Files.newDirectoryStream(module.resolve("target"), "partnerfit-plugin-*.jar")) {
                    for (Path jar : jars) {
                        String name = jar.getFileName().toString();
                        if (!name.startsWith("partnerfit-plugin-testkit") && !name.endsWith("-sources.jar") && !name.endsWith("-tests.jar")) {
                            loaded.add(PluginJar.open(Files.readAllBytes(jar), name));
                        }
                    }
                }
            }
        }
        loaded.sort((a, b) -> a.plugin().descriptor().id().compareTo(b.plugin().descriptor().id()));
        if (loaded.size() != 10) {
            throw new IllegalStateException("expected the ten criterion plugins under plugins/*/target, found " + loaded.size());
        }
        return loaded;
    }

    private void tenantsAndTarget() throws SQLException {
        reserveIds(200_000);
        List<String> tenants = column("select alias from tenant order by alias");
        for (int i = 1; tenants.size() < TENANTS; i++) {
            String alias = String.format("bench-%02d", i);
            if (!tenants.contains(alias)) {
                tenantRows.row(alias, "Bench client " + i, now.minus(400, ChronoUnit.DAYS));
                tenants.add(alias);
            }
        }
        Set<String> switchedOn = new HashSet<>(column("select tenant_id || '/' || plugin_id from tenant_criterion"));
        Map<String, String> existingProfiles = new HashMap<>();
        query("select tenant_id, plugin_id, answers from client_profile", rs -> existingProfiles.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3)));
        for (String tenant : tenants) {
            for (LoadedPlugin p : plugins) {
                String id = p.plugin().descriptor().id();
                if (!switchedOn.contains(tenant + "/" + id)) {
                    criterionRows.row(id(), 1, tenant, id, true, 10);
                }
                Answers profile;
                if (existingProfiles.containsKey(tenant + "/" + id)) {
                    profile = parseAnswers(existingProfiles.get(tenant + "/" + id));
                } else {
                    profile = answers.complete(p.plugin().clientProfileQuestionnaire());
                    profileRows.row(id(), 1, tenant, id, json(profile), now.minus(300, ChronoUnit.DAYS));
                }
                profiles.computeIfAbsent(tenant, t -> new HashMap<>()).put(id, profile);
            }
        }
        long target = assessment(TARGET_TENANT, TARGET_NAME, TARGET_PARTNERS);
        System.out.println("target-assessment=" + target);
        drafts();
    }

    /**
     * An open assessment in "acme" with {@link #DRAFT_INVITATIONS} invitations granted to the demo
     * partner contact, each with a draft of every criterion: what the partners' "save answers"
     * load writes to, many rows rather than one that every connection would fight over. The
     * requests (path and body, tab-separated) go to the file named by the bench.drafts property.
     */
    private void drafts() throws SQLException {
        String file = System.getProperty("bench.drafts");
        if (file == null) {
            return;
        }
        long assessment = id();
        assessmentRows.row(assessment, 1, TARGET_TENANT, "Bench: partners drafting", "Generated by infra/bench/load.sh", "OPEN",
                LocalDate.now().plusDays(30), now.minus(10, ChronoUnit.DAYS), now.minus(9, ChronoUnit.DAYS));
        Map<LoadedPlugin, Long> pins = new java.util.LinkedHashMap<>();
        for (LoadedPlugin p : plugins) {
            long pin = id();
            pins.put(p, pin);
            pinRows.row(pin, 1, TARGET_TENANT, assessment, p.plugin().descriptor().id(), p.plugin().descriptor().version(), 10);
            useRows.row(id(), 1, p.plugin().descriptor().id(), p.plugin().descriptor().version(), TARGET_TENANT, assessment);
        }
        StringBuilder requests = new StringBuilder();
        for (int f = 0; f < DRAFT_INVITATIONS; f++) {
            long invitation = id();
            invitationRows.row(invitation, 1, TARGET_TENANT, assessment, String.format("Drafting Firm %03d", f + 1),
                    DRAFT_CONTACT, now.minus(9, ChronoUnit.DAYS));
            grantRows.row(id(), 1, DRAFT_CONTACT, TARGET_TENANT, invitation);
            for (var pin : pins.entrySet()) {
                CriterionPlugin plugin = pin.getKey().plugin();
                submissionRows.row(id(), 1, TARGET_TENANT, invitation, pin.getValue(),
                        json(answers.partial(plugin.partnerQuestionnaire())), "DRAFT", now.minus(1, ChronoUnit.DAYS), null);
                requests.append("/api/partner/invitations/").append(invitation).append("/criteria/").append(plugin.descriptor().id())
                        .append("/answers\t{\"values\":").append(json(answers.complete(plugin.partnerQuestionnaire()))).append("}\n");
            }
        }
        try {
            Files.writeString(Path.of(file), requests);
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }

    private void rest() throws SQLException {
        reserveIds(1_300_000);
        List<String> tenants = column("select alias from tenant order by alias");
        query("select tenant_id, plugin_id, answers from client_profile",
                rs -> profiles.computeIfAbsent(rs.getString(1), t -> new HashMap<>()).put(rs.getString(2), parseAnswers(rs.getString(3))));
        int assessments = count("select count(*) from assessment");
        int invitations = count("select count(*) from invitation");
        firmNumber = invitations;
        int toCreate = ASSESSMENTS - assessments;
        int firmsLeft = INVITATIONS - invitations;
        for (int i = 0; i < toCreate; i++) {
            int firms = firmsLeft / (toCreate - i); // spread evenly, the remainder on the last ones
            assessment(tenants.get(i % tenants.size()), "Bench assessment " + (assessments + i + 1), firms);
            firmsLeft -= firms;
            if (scoreRows.rows > 20_000) {
                flush();
            }
        }
    }

    /** An assessment in review with all ten criteria at weight 10 and {@code firms} partners that submitted everything. */
    private long assessment(String tenant, String name, int firms) {
        long assessment = id();
        assessmentRows.row(assessment, 1, tenant, name, "Generated by infra/bench/load.sh", "IN_REVIEW",
                LocalDate.now().minusDays(3), now.minus(40, ChronoUnit.DAYS), now.minus(3, ChronoUnit.DAYS));
        Map<LoadedPlugin, Long> pins = new java.util.LinkedHashMap<>();
        for (LoadedPlugin p : plugins) {
            long pin = id();
            pins.put(p, pin);
            pinRows.row(pin, 1, tenant, assessment, p.plugin().descriptor().id(), p.plugin().descriptor().version(), 10);
            useRows.row(id(), 1, p.plugin().descriptor().id(), p.plugin().descriptor().version(), tenant, assessment);
        }
        for (int f = 0; f < firms; f++) {
            long invitation = id();
            int number = ++firmNumber;
            invitationRows.row(invitation, 1, tenant, assessment, String.format("Bench Firm %05d", number),
                    "contact-" + number + "@firm" + number + ".bench.test", now.minus(35, ChronoUnit.DAYS));
            pins.forEach((p, pin) -> submission(tenant, invitation, pin, p));
        }
        return assessment;
    }

    private void submission(String tenant, long invitation, long pin, LoadedPlugin p) {
        CriterionPlugin plugin = p.plugin();
        Answers given = answers.complete(plugin.partnerQuestionnaire());
        ScoringInput input = new ScoringInput(given, List.of(), profiles.get(tenant).getOrDefault(plugin.descriptor().id(), Answers.NONE), null);
        Score score = scoreInPluginLoader(p, input);
        Instant submitted = now.minus(5, ChronoUnit.DAYS);
        long submission = id();
        submissionRows.row(submission, 1, tenant, invitation, pin, json(given), "SUBMITTED", submitted, submitted);
        scoreRows.row(id(), 1, tenant, submission, plugin.descriptor().coordinates(), ScoringEngine.inputsHash(input),
                score.value(), score.confidence(), score.rationale().en(), score.rationale().zh(),
                String.join("\n", score.redFlags().stream().map(Text::en).toList()),
                String.join("\n", score.redFlags().stream().map(Text::zh).toList()), false, submitted);
    }

    /** As ScoringEngine does: the plugin's own loader is the context class loader while it scores. */
    private static Score scoreInPluginLoader(LoadedPlugin p, ScoringInput input) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(p.classLoader());
        try {
            return p.plugin().score(input);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Takes a block of ids above anything the application's sequence handed out, and moves the sequence past it. */
    private void reserveIds(int block) throws SQLException {
        long current = count("select nextval('pf_seq')");
        nextId = current + ID_GAP;
        try (Statement s = db.createStatement()) {
            s.execute("select setval('pf_seq', " + (nextId + block + ID_GAP) + ")");
        }
    }

    private long id() {
        return nextId++;
    }

    /** Writes what is pending, parents before children. */
    private void flush() throws SQLException {
        for (Csv csv : List.of(tenantRows, criterionRows, profileRows, assessmentRows, pinRows, useRows, invitationRows,
                grantRows, submissionRows, scoreRows)) {
            csv.copyInto(db);
        }
    }

    private void report(long millis) throws SQLException {
        System.out.printf("data set: %d tenants, %d assessments, %d invitations, %d submissions, %d scores (written in %.1f s)%n",
                count("select count(*) from tenant"), count("select count(*) from assessment"), count("select count(*) from invitation"),
                count("select count(*) from submission"), count("select count(*) from criterion_score"), millis / 1000.0);
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowHandler handler) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                handler.handle(rs);
            }
        }
    }

    private List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        query(sql, rs -> values.add(rs.getString(1)));
        return values;
    }

    private int count(String sql) throws SQLException {
        List<String> value = column(sql);
        return Integer.parseInt(value.get(0));
    }

    /** The stored form of answers (see AnswersConverter): {"key":["value", ...], ...}, keys sorted. */
    static String json(Answers answers) {
        StringBuilder out = new StringBuilder("{");
        new TreeMap<>(answers.values()).forEach((key, values) -> {
            out.append(out.length() > 1 ? "," : "").append(quote(key)).append(":[");
            for (int i = 0; i < values.size(); i++) {
                out.append(i > 0 ? "," : "").append(quote(values.get(i)));
            }
            out.append(']');
        });
        return out.append('}').toString();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** Reads the stored form back; the profiles the seed wrote are flat arrays of plain strings. */
    static Answers parseAnswers(String json) {
        Map<String, List<String>> values = new HashMap<>();
        java.util.regex.Matcher entry = java.util.regex.Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(json);
        while (entry.find()) {
            List<String> list = new ArrayList<>();
            java.util.regex.Matcher value = java.util.regex.Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(entry.group(2));
            while (value.find()) {
                list.add(value.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
            }
            values.put(entry.group(1), list);
        }
        return new Answers(values);
    }

    /** Rows for one table in COPY's CSV format, sent in one COPY when flushed. */
    private static final class Csv {
        private final String table;
        private final StringBuilder text = new StringBuilder();
        private int rows;

        Csv(String table) {
            this.table = table;
        }

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                Object v = values[i];
                if (v != null) {
                    text.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
                }
            }
            text.append('\n');
            rows++;
        }

        void copyInto(Connection db) throws SQLException {
            if (rows == 0) {
                return;
            }
            try {
                db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv)",
                        new StringReader(text.toString()));
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            }
            text.setLength(0);
            rows = 0;
        }
    }
}
