package nl.botoc.graph.export;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where scheduled backups go and how many are kept.
 *
 * @param directory folder of the scheduled backups (one sub-folder per backup); unset: no scheduled backups
 * @param interval time between two scheduled backups (the first one an interval after start-up)
 * @param keep how many backups to keep; older ones are deleted after each new backup
 */
@ConfigurationProperties("botoc.backup")
public record ExportProperties(Path directory, @DefaultValue("24h") Duration interval, @DefaultValue("7") int keep) {
}
