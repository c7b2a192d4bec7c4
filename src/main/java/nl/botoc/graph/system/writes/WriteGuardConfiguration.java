package nl.botoc.graph.system.writes;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The write guard exists only with the embedded database: an external Neo4j has its own users and roles. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("botoc.embedded.enabled")
class WriteGuardConfiguration {

	@Bean
	OutsideWriteGuard outsideWriteGuard(WriteGuardProperties properties) {
		return new OutsideWriteGuard(properties.allowOutsideWrites());
	}

}
