import java.io.IOException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lists the packages the server's API exporter is wired to so far, one per line: what
 * infra/payara/api-imports.txt should hold. Deployed for a moment by list-api-imports.sh, never
 * with PartnerFit. An application sees no OSGi types, so it reaches the framework by reflection
 * through the bundle that loaded the Servlet API.
 */
@WebServlet("/packages")
public class ApiWires extends HttpServlet {

    private static final String EXPORTER = "GlassFish-Application-Common-Module";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            ClassLoader apiBundleLoader = jakarta.servlet.Servlet.class.getClassLoader();
            Object apiBundle = apiBundleLoader.getClass().getMethod("getBundle").invoke(apiBundleLoader);
            ClassLoader framework = apiBundle.getClass().getClassLoader();
            Class<?> bundleType = Class.forName("org.osgi.framework.Bundle", false, framework);
            Class<?> wiringType = Class.forName("org.osgi.framework.wiring.BundleWiring", false, framework);
            Class<?> wireType = Class.forName("org.osgi.framework.wiring.BundleWire", false, framework);
            Class<?> capabilityType = Class.forName("org.osgi.framework.wiring.BundleCapability", false, framework);
            Class<?> contextType = Class.forName("org.osgi.framework.BundleContext", false, framework);
            // The Servlet API's bundle is resolved but not started, so it has no context of its own: ask the framework's.
            Method systemBundle = Class.forName("org.apache.felix.framework.BundleImpl", false, framework).getDeclaredMethod("getFramework");
            systemBundle.setAccessible(true);
            Object context = bundleType.getMethod("getBundleContext").invoke(systemBundle.invoke(apiBundle));
            TreeSet<String> packages = new TreeSet<>();
            for (Object bundle : (Object[]) contextType.getMethod("getBundles").invoke(context)) {
                if (!EXPORTER.equals(bundleType.getMethod("getSymbolicName").invoke(bundle))) {
                    continue;
                }
                Object wiring = bundleType.getMethod("adapt", Class.class).invoke(bundle, wiringType);
                for (Object wire : (List<?>) wiringType.getMethod("getRequiredWires", String.class).invoke(wiring, "osgi.wiring.package")) {
                    Object capability = wireType.getMethod("getCapability").invoke(wire);
                    Map<?, ?> attributes = (Map<?, ?>) capabilityType.getMethod("getAttributes").invoke(capability);
                    packages.add(String.valueOf(attributes.get("osgi.wiring.package")));
                }
            }
            response.setContentType("text/plain");
            for (String name : packages) {
                response.getWriter().println(name);
            }
        } catch (ReflectiveOperationException e) {
            throw new IOException("this server's OSGi framework is not the one expected (Felix)", e);
        }
    }
}
