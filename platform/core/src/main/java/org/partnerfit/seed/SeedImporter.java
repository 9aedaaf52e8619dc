package org.partnerfit.seed;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partnerfit.assessment.application.AssessmentSetup;
import org.partnerfit.spi.Answers;
import org.partnerfit.tenancy.application.TenantDirectory;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * Loads tenants, client profiles, assessments and invitations from the JSON file named by
 * {@code partnerfit.seed.file} ({@code PARTNERFIT_SEED_FILE}) at start. Runs after the plugin
 * directory was installed, and skips what exists already, so restarting with the same file
 * changes nothing. Used for the demo and by the end-to-end tests.
 */
@Singleton
@Startup
@DependsOn("PluginDirectoryWatcher")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SeedImporter {

    private static final Logger LOG = Logger.getLogger(SeedImporter.class.getName());

    @Inject
    @ConfigProperty(name = "partnerfit.seed.file")
    Optional<String> seedFile;

    @EJB
    private TenantDirectory tenants;

    @EJB
    private AssessmentSetup setup;

    @EJB
    private org.partnerfit.assessment.application.ClientProfiles profiles;

    @EJB
    private org.partnerfit.plugin.application.CriterionCatalogue catalogue;

    @PostConstruct
    void importAtStart() {
        if (seedFile.isEmpty() || seedFile.get().isBlank()) {
            return;
        }
        Path file = Path.of(seedFile.get());
        try (Reader in = Files.newBufferedReader(file); JsonReader json = Json.createReader(in)) {
            for (JsonValue t : json.readObject().getJsonArray("tenants")) {
                importTenant(t.asJsonObject());
            }
            LOG.info(() -> "Seed " + file + " imported");
        } catch (IOException | RuntimeException e) {
            // A broken seed must not keep the platform from starting; the log says what to fix.
            LOG.log(Level.SEVERE, "Seed " + file + " could not be imported: " + e.getMessage(), e);
        }
    }

    private void importTenant(JsonObject t) {
        TenantId tenant = new TenantId(t.getString("id"));
        tenants.register(tenant, t.getString("name"));
        if (t.getJsonArray("criteria") != null) {
            t.getJsonArray("criteria").getValuesAs(JsonString.class)
                    .forEach(id -> catalogue.enable(tenant, id.getString(), true));
        }
        JsonObject profileAnswers = t.getJsonObject("profiles");
        if (profileAnswers != null) {
            profileAnswers.forEach((plugin, answers) -> profiles.save(tenant, plugin, answers(answers.asJsonObject())));
        }
        for (JsonValue a : t.getJsonArray("assessments") == null ? List.<JsonValue>of() : t.getJsonArray("assessments")) {
            importAssessment(tenant, a.asJsonObject());
        }
    }

    private void importAssessment(TenantId tenant, JsonObject a) {
        String name = a.getString("name");
        if (setup.findByName(tenant, name).isPresent()) {
            return;
        }
        Map<String, Integer> weights = new LinkedHashMap<>();
        a.getJsonObject("criteria").forEach((plugin, weight) -> weights.put(plugin, Integer.parseInt(weight.toString())));
        LocalDate due = LocalDate.now().plusDays(a.getInt("dueInDays", 30));
        long id = setup.create(tenant, name, a.getString("description", ""), due, weights);
        for (JsonValue i : a.getJsonArray("invitations") == null ? List.<JsonValue>of() : a.getJsonArray("invitations")) {
            JsonObject invitation = i.asJsonObject();
            setup.invite(tenant, id, invitation.getString("firm"), invitation.getString("contact"));
        }
        if (a.getBoolean("open", false)) {
            setup.open(tenant, id);
        }
        LOG.info(() -> "Seeded assessment '" + name + "' for tenant " + tenant);
    }

    private static Answers answers(JsonObject json) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        json.forEach((key, value) -> values.put(key, value.getValueType() == JsonValue.ValueType.ARRAY
                ? value.asJsonArray().stream().map(SeedImporter::text).toList()
                : List.of(text(value))));
        return new Answers(values);
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
