package org.partnerfit.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.partnerfit.spi.CriterionPlugin;

/**
 * The core module as the in-container tests deploy it to Payara Micro: all of core and the SPI,
 * the real persistence unit on PostgreSQL, and the culture-fit plugin JAR as a plain resource
 * (not on the class path: the platform installs it the way an operator would).
 */
final class CoreDeployment {

    static final String PLUGIN_RESOURCE = "plugins/culture-fit.jar";
    /** The version of the culture-fit plugin the deployment carries. */
    static final String PLUGIN_VERSION = "1.0.1";

    private CoreDeployment() {
    }

    static WebArchive create(String name) {
        String pluginJar = System.getProperty("partnerfit.it.plugin.jar");
        if (pluginJar == null || !new File(pluginJar).isFile()) {
            throw new IllegalStateException("System property partnerfit.it.plugin.jar must name the built culture-fit JAR: " + pluginJar);
        }
        File[] libraries = new File(System.getProperty("partnerfit.it.libs", "target/it/lib")).listFiles((d, f) -> f.endsWith(".jar"));
        if (libraries == null || libraries.length == 0) {
            throw new IllegalStateException("No libraries in partnerfit.it.libs; run the build with -Pservices");
        }
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibraries(libraries)
                .addAsResource(new File("target/classes/db"), "db")
                .addPackages(true, "org.partnerfit.assessment", "org.partnerfit.audit", "org.partnerfit.persistence", "org.partnerfit.plugin",
                        "org.partnerfit.report", "org.partnerfit.scoring", "org.partnerfit.shared", "org.partnerfit.tenancy",
                        "org.partnerfit.notification")
                .addPackage(CriterionPlugin.class.getPackage())
                .addClass(CoreDeployment.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("org/partnerfit/notification/mail.properties")
                .addAsResource("org/partnerfit/notification/mail_zh_CN.properties")
                .addAsResource("org/partnerfit/shared/refusals.properties")
                .addAsResource("org/partnerfit/shared/refusals_zh_CN.properties")
                .addAsResource(new File(pluginJar), PLUGIN_RESOURCE)
                .addAsWebInfResource("META-INF/beans.xml", "beans.xml");
    }

    /** A plugin JAR holding one fixture plugin class (and its base), listed in its service index. */
    static JavaArchive fixtureJar(Class<? extends org.partnerfit.it.fixtures.FixturePlugin> plugin) {
        return ShrinkWrap.create(JavaArchive.class, plugin.getSimpleName() + ".jar")
                .addClasses(org.partnerfit.it.fixtures.FixturePlugin.class, plugin)
                .addAsManifestResource(new org.jboss.shrinkwrap.api.asset.StringAsset(plugin.getName() + "\n"),
                        "services/" + CriterionPlugin.class.getName());
    }

    /** A deployment that also carries the given fixture plugins as JARs under fixtures/. */
    @SafeVarargs
    static WebArchive withFixtures(String name, Class<? extends org.partnerfit.it.fixtures.FixturePlugin>... fixtures) {
        WebArchive war = create(name);
        for (Class<? extends org.partnerfit.it.fixtures.FixturePlugin> fixture : fixtures) {
            war.addAsResource(new org.jboss.shrinkwrap.api.asset.ByteArrayAsset(bytes(fixtureJar(fixture))),
                    "fixtures/" + fixture.getSimpleName() + ".jar");
        }
        return war;
    }

    /**
     * Adds GreenMail, so a test can run a real SMTP server beside the application. Jakarta Mail
     * and Activation stay out: Payara provides them, in the versions this GreenMail is built on.
     * Payara keeps each MicroProfile Config value for 60 s, including "not set": without turning
     * that cache off, mail settings a test sets as system properties would apply only a minute
     * after the deployment first read them (measured: the tests in that first minute saw mail off).
     */
    static WebArchive withMailServer(WebArchive war) {
        File[] jars = new File(System.getProperty("partnerfit.it.mail-server", "target/it/mail-server")).listFiles((d, f) -> f.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("No GreenMail in partnerfit.it.mail-server; run the build with -Pservices");
        }
        return war.addAsLibraries(jars)
                .addAsResource(new org.jboss.shrinkwrap.api.asset.StringAsset("mp.config.cache.duration=0\n"),
                        "META-INF/microprofile-config.properties");
    }

    static byte[] bytes(JavaArchive jar) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        jar.as(org.jboss.shrinkwrap.api.exporter.ZipExporter.class).exportTo(out);
        return out.toByteArray();
    }

    /** Bytes of a resource packed into the test archive. */
    static byte[] resource(String name) {
        try (var in = CoreDeployment.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException(name + " is not in the test archive", e);
        }
    }

    static byte[] pluginJar() {
        try (var in = CoreDeployment.class.getClassLoader().getResourceAsStream(PLUGIN_RESOURCE)) {
            return in.readAllBytes();
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("The culture-fit JAR is not in the test archive", e);
        }
    }
}
