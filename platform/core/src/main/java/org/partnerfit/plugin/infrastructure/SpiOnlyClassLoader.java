package org.partnerfit.plugin.infrastructure;

import org.partnerfit.spi.CriterionPlugin;

/**
 * The parent of every plugin class loader: the JDK plus the SPI package, nothing of the
 * platform or the application server, so plugin code cannot reach a database handle or another
 * plugin's classes.
 */
final class SpiOnlyClassLoader extends ClassLoader {

    private static final String SPI_PACKAGE = CriterionPlugin.class.getPackageName() + ".";

    SpiOnlyClassLoader() {
        super("partnerfit-spi-only", ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (name.startsWith(SPI_PACKAGE)) {
            return CriterionPlugin.class.getClassLoader().loadClass(name);
        }
        throw new ClassNotFoundException(name + " is not visible to plugins");
    }
}
