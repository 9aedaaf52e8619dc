import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The traffic of infra/faults.sh, run with the JDK alone ({@code java FaultLoad.java ...}): it
 * prepares submissions through the REST API, fires them all at once and kills the server midway,
 * re-submits what got no answer, and keeps a steady load while a fault command runs. Every loop is
 * bounded in count and time, and every address is the local one given on the command line.
 *
 * <pre>
 *   prepare  API KEYCLOAK ASSESSMENTS TARGETS        two criteria each: ASSESSMENTS x 2 submissions, answers saved
 *   storm    API KEYCLOAK TARGETS RESULTS PIDFILE KILL_AFTER   all submissions at once; kill -9 after KILL_AFTER answers
 *   resubmit API KEYCLOAK RESULTS                    what got no 2xx is submitted again: 204 or 409, nothing else
 *   load     API KEYCLOAK TARGETS SECONDS FAULT_AT RECOVERY_S COMMAND...   steady traffic; COMMAND runs at FAULT_AT s
 * </pre>
 */
public class FaultLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String TALENT = "talent-retention";
    private static final String CULTURE = "culture-fit";
    private static final Map<String, String> ANSWERS = Map.of(
            TALENT, "{\"values\":{\"attritionPercent\":[\"12\"],\"medianTenureYears\":[\"3.5\"],\"beyondThreeYearsPercent\":[\"40\"],"
                    + "\"backfillWeeks\":[\"6\"],\"announcesDepartures\":[\"yes\"],\"retentionStrategy\":[\"yes\"],"
                    + "\"interviewLongTenured\":[\"yes\"]}}",
            CULTURE, "{\"values\":{\"communication\":[\"3\"],\"recognition\":[\"3\"],\"meetings\":[\"3\"],\"incidents\":[\"1\"],"
                    + "\"product\":[\"2\"]}}");

    private static String api;
    private static String keycloak;

    public static void main(String[] args) throws Exception {
        api = args[1];
        keycloak = args[2];
        switch (args[0]) {
            case "prepare" -> prepare(Integer.parseInt(args[3]), Path.of(args[4]));
            case "storm" -> storm(Path.of(args[3]), Path.of(args[4]), Path.of(args[5]), Integer.parseInt(args[6]));
            case "resubmit" -> resubmit(Path.of(args[3]));
            case "load" -> load(Path.of(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]),
                    List.of(args).subList(7, args.length));
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    // ---- prepare ----------------------------------------------------------------------------

    /** Acme's admin makes the assessments and invites Northwind to each; Northwind saves complete answers. */
    static void prepare(int assessments, Path targets) throws Exception {
        String admin = token("acme-admin");
        for (String criterion : List.of(TALENT, CULTURE)) {
            expect(200, call("PUT", "criteria/" + criterion, admin, "{\"enabled\":true}"));
        }
        String partner = token("northwind-contact");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < assessments; i++) {
            HttpResponse<String> created = expect(201, call("POST", "assessments", admin, "{\"name\":\"Fault suite " + i
                    + "\",\"dueDate\":\"" + LocalDate.now().plusDays(30) + "\",\"weights\":{\"" + TALENT + "\":60,\"" + CULTURE + "\":40}}"));
            String location = created.headers().firstValue("Location").orElseThrow();
            String assessment = location.substring(location.lastIndexOf('/') + 1);
            HttpResponse<String> invited = expect(201, call("POST", "assessments/" + assessment + "/invitations", admin,
                    "{\"firmName\":\"Northwind Engineering\",\"contactEmail\":\"contact@northwind.test\"}"));
            String invitation = field(invited.body(), "invitationId");
            expect(204, call("POST", "assessments/" + assessment + "/open", admin, null));
            for (String criterion : List.of(TALENT, CULTURE)) {
                expect(204, call("PUT", answers(invitation, criterion), partner, ANSWERS.get(criterion)));
                lines.add(invitation + "\t" + criterion);
            }
        }
        Files.write(targets, lines);
        System.out.println("prepared " + lines.size() + " submissions in " + assessments + " assessments");
    }

    // ---- storm ------------------------------------------------------------------------------

    /**
     * Fires every submission at once, one thread each, and kills the server with SIGKILL once
     * {@code killAfter} answers have come back (or after 30 s). Writes one line per submission:
     * invitation, criterion, HTTP status (0: no answer).
     */
    static void storm(Path targets, Path results, Path pidFile, int killAfter) throws Exception {
        String partner = token("northwind-contact");
        List<String[]> all = Files.readAllLines(targets).stream().map(l -> l.split("\t")).toList();
        ConcurrentLinkedQueue<String> outcome = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(killAfter);
        CountDownLatch done = new CountDownLatch(all.size());
        for (String[] target : all) {
            Thread thread = new Thread(() -> {
                int status = 0;
                try {
                    start.await();
                    status = send("POST", answers(target[0], target[1]).replace("/answers", "/submit"), partner, null, 60).statusCode();
                    answered.countDown();
                } catch (IOException | InterruptedException noAnswer) {
                    // the server died under it: no answer, status 0
                } finally {
                    outcome.add(target[0] + "\t" + target[1] + "\t" + status);
                    done.countDown();
                }
            });
            thread.setDaemon(true);
            thread.start();
        }
        start.countDown();
        answered.await(30, TimeUnit.SECONDS);
        String pid = Files.readString(pidFile).trim();
        int before = killAfter - (int) answered.getCount();
        new ProcessBuilder("kill", "-9", pid).inheritIO().start().waitFor();
        System.out.println("kill -9 " + pid + " after " + before + " of " + all.size() + " answers");
        if (!done.await(90, TimeUnit.SECONDS)) {
            throw new IllegalStateException("requests still open 90 s after the kill");
        }
        Files.write(results, outcome);
    }

    // ---- resubmit ---------------------------------------------------------------------------

    /** After the restart, what got no success is submitted again: it must be 204 (not stored before) or 409 (stored). */
    static void resubmit(Path results) throws Exception {
        String partner = token("northwind-contact");
        Map<String, Integer> statuses = new TreeMap<>();
        int wrong = 0;
        for (String line : Files.readAllLines(results)) {
            String[] r = line.split("\t");
            if (Integer.parseInt(r[2]) / 100 == 2) {
                continue;
            }
            int status = call("POST", answers(r[0], r[1]).replace("/answers", "/submit"), partner, null).statusCode();
            statuses.merge(String.valueOf(status), 1, Integer::sum);
            if (status != 204 && status != 409) {
                wrong++;
            }
        }
        System.out.println("resubmitted after restart: " + statuses + " (204 = not stored before, 409 = stored already)");
        if (wrong > 0) {
            System.out.println("FAIL: " + wrong + " re-submissions answered neither 204 nor 409");
            System.exit(1);
        }
    }

    // ---- load -------------------------------------------------------------------------------

    /**
     * Two threads read an invitation and write a clarification in turn for {@code seconds}; at
     * {@code faultAt} the command runs (it returns when the fault is over, e.g. PostgreSQL is back).
     * Passes when every failure is a 503 or no answer in time, a request succeeds within
     * {@code recovery} seconds of the command's end, and none fails after that.
     */
    static void load(Path targets, int seconds, int faultAt, int recovery, List<String> command) throws Exception {
        String partner = token("northwind-contact");
        String invitation = Files.readAllLines(targets).get(0).split("\t")[0];
        long t0 = System.nanoTime();
        long end = t0 + TimeUnit.SECONDS.toNanos(seconds);
        List<long[]> log = java.util.Collections.synchronizedList(new ArrayList<>()); // {time ms, status}
        AtomicInteger n = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < end) {
                    int i = n.incrementAndGet();
                    int status;
                    try {
                        status = i % 2 == 0
                                ? send("GET", "partner/invitations/" + invitation, partner, null, 10).statusCode()
                                : send("POST", "partner/invitations/" + invitation + "/criteria/" + CULTURE + "/clarifications", partner,
                                "{\"body\":\"Load message " + i + "\"}", 10).statusCode();
                    } catch (IOException | InterruptedException e) {
                        status = 0;
                    }
                    log.add(new long[] {TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), status});
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        Thread.sleep(faultAt * 1000L);
        long faultStart = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        long faultEnd = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        for (Thread worker : workers) {
            worker.join();
        }
        List<long[]> entries;
        synchronized (log) {
            entries = new ArrayList<>(log);
        }
        entries.sort((a, b) -> Long.compare(a[0], b[0]));
        Map<Long, Integer> failed = new TreeMap<>();
        long firstOkAfter = -1;
        long lastFailure = -1;
        int failures = 0;
        for (long[] e : entries) {
            boolean ok = e[1] / 100 == 2;
            if (!ok) {
                failures++;
                failed.merge(e[1], 1, Integer::sum);
                lastFailure = e[0];
            }
            if (ok && e[0] >= faultEnd && firstOkAfter < 0) {
                firstOkAfter = e[0];
            }
        }
        long recovered = firstOkAfter;
        long failedAfterRecovery = recovered < 0 ? 0 : entries.stream().filter(e -> e[0] > recovered && e[1] / 100 != 2).count();
        System.out.printf("%d requests, %d failed (by status: %s); fault from %.1f s to %.1f s; first success %.1f s after it ended; "
                        + "%d failures after that%n", entries.size(), failures, failed, faultStart / 1000.0, faultEnd / 1000.0,
                firstOkAfter < 0 ? Double.NaN : (firstOkAfter - faultEnd) / 1000.0, failedAfterRecovery);
        if (exit != 0) {
            System.out.println("FAIL: the fault command exited " + exit);
            System.exit(1);
        }
        // A call may get the server's 503, or no answer within 10 s (it waited for the database);
        // never a 500 or an error page.
        if (failed.keySet().stream().anyMatch(status -> status != 503 && status != 0)) {
            System.out.println("FAIL: a request failed with another status than 503 (the server's answer to a dependency out "
                    + "of reach); see the server log");
            System.exit(1);
        }
        if (firstOkAfter < 0 || firstOkAfter - faultEnd > recovery * 1000L || failedAfterRecovery > 0) {
            System.out.println("FAIL: no recovery within " + recovery + " s without a restart (last failure at "
                    + lastFailure / 1000.0 + " s)");
            System.exit(1);
        }
    }

    // ---- HTTP -------------------------------------------------------------------------------

    private static String answers(String invitation, String criterion) {
        return "partner/invitations/" + invitation + "/criteria/" + criterion + "/answers";
    }

    /** A user's token through the command-line client (password grant), organizations included. */
    static String token(String user) throws Exception {
        String form = "grant_type=password&client_id=partnerfit-cli&scope=openid%20organization%3A*&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=partnerfit";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/partnerfit/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = field(r.body(), "access_token");
        if (r.statusCode() != 200 || token == null) {
            throw new IllegalStateException("no token for " + user + ": " + r.statusCode() + " " + r.body());
        }
        return token;
    }

    static HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        return send(method, path, token, json, 30);
    }

    static HttpResponse<String> send(String method, String path, String token, String json, int timeoutSeconds)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api + "/" + path)).timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return HTTP.send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> r) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().method() + " " + r.request().uri() + ": expected " + status + ", got "
                    + r.statusCode() + " " + r.body());
        }
        return r;
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"([^\"]*)\"|[^,}\\]]+)").matcher(json);
        return !m.find() ? null : m.group(2) != null ? m.group(2) : m.group(1).trim();
    }
}
