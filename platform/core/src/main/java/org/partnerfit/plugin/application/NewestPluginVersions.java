package org.partnerfit.plugin.application;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The newest installed version of each plugin, as {@link PluginRegistry} last read it. Kept
 * outside the registry so that a reader holding a cached ranking can check it without a call
 * into the EJB container; it is fresh for {@value #FRESH_NANOS} ns after the read, and forgotten
 * by an install or uninstall on this node.
 */
@ApplicationScoped
public class NewestPluginVersions {

    /** How long a read stands: an install on another node shows within this time. */
    static final long FRESH_NANOS = 1_000_000_000L;

    private record Read(Map<String, String> versions, long readAt) {
    }

    private volatile Read last;

    /** The versions read less than {@link #FRESH_NANOS} before {@code now}, or null. */
    public Map<String, String> fresh(long now) {
        Read read = last;
        return read != null && now - read.readAt() < FRESH_NANOS ? read.versions() : null;
    }

    /** Keeps a copy of the versions read at {@code readAt}, and returns it. */
    Map<String, String> remember(Map<String, String> versions, long readAt) {
        Read read = new Read(Map.copyOf(versions), readAt);
        last = read;
        return read.versions();
    }

    void forget() {
        last = null;
    }
}
