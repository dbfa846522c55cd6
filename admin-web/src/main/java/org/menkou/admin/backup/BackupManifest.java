package org.menkou.admin.backup;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a backup archive holds, written into it as {@value #ENTRY} after the files it lists.
 *
 * @param format         the archive format, {@value #FORMAT}
 * @param createdAt      when the database copy was taken (ISO-8601 instant, UTC)
 * @param adminSchema    the newest applied migration of the server's tables, e.g. {@code 72}
 * @param contentSchema  the newest applied migration of the content tables
 * @param contentVersion the content version in the copy: kiosks that synced later are "from the future" after a restore
 * @param members        each file of the archive (path relative to the data directory, '/'-separated) and its SHA-256 in hex
 */
public record BackupManifest(int format, String createdAt, String adminSchema, String contentSchema, long contentVersion,
                             Map<String, String> members) {
    /** The manifest's name inside the archive. */
    public static final String ENTRY = "manifest.json";
    public static final int FORMAT = 1;

    public BackupManifest {
        members = members == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(members));
    }
}
