package nl.botoc.graph.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole service on a random port, on its own embedded database holding the fixture graph (not the seed), with the
 * Cypher of a request available on request ({@code botoc.read.expose-cypher}), with the
 * statement counter around the driver and a {@link GraphQlHttp} client to inject. Test classes with this annotation (and no other settings) share one
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "botoc.seed.on-startup=false", "botoc.read.expose-cypher=true" })
@Import(GraphTestConfiguration.class)
public @interface GraphApiTest {

}
