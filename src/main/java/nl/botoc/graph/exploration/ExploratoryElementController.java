package nl.botoc.graph.exploration;

import java.util.List;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

import nl.botoc.graph.interventions.Intervention;
import nl.botoc.graph.interventions.Municipality;
import nl.botoc.graph.interventions.Theme;
import nl.botoc.graph.mechanisms.Mechanism;
import nl.botoc.graph.sources.Provenance;
import nl.botoc.graph.system.graphql.GraphValues;

/**
 * {@code Query.exploratoryElements}. There are a handful of elements, each with at most one link of each kind,
 * so one statement answers the whole field including its nested objects.
 */
@Controller
class ExploratoryElementController {

	private static final String ELEMENTS = """
			MATCH (e:ExploratoryElement)
			OPTIONAL MATCH (e)-[:IN_MUNICIPALITY]->(mun:Municipality)
			OPTIONAL MATCH (e)-[:ELEMENT_OF]->(i:Intervention)
			OPTIONAL MATCH (e)-[:ON_THEME]->(t:Theme)
			OPTIONAL MATCH (e)-[:DRAWS_ON]->(m:Mechanism)
			RETURN e, mun, i, t, m
			ORDER BY e.id
			""";

	private final Neo4jClient client;

	ExploratoryElementController(Neo4jClient client) {
		this.client = client;
	}

	@QueryMapping
	@Transactional(readOnly = true)
	List<ExploratoryElement> exploratoryElements() {
		return List.copyOf(this.client.query(ELEMENTS).fetchAs(ExploratoryElement.class).mappedBy((types, record) -> {
			MapAccessor e = record.get("e").asNode();
			return new ExploratoryElement(GraphValues.string(e, "id"), GraphValues.string(e, "nameEn"),
					GraphValues.string(e, "nameNl"), GraphValues.string(e, "descriptionEn"),
					GraphValues.string(e, "descriptionNl"), GraphValues.string(e, "termNl"),
					present(record.get("mun")) ? Municipality.from(record.get("mun").asNode()) : null,
					present(record.get("i")) ? Intervention.from(record.get("i").asNode()) : null,
					present(record.get("t")) ? Theme.from(record.get("t").asNode()) : null,
					present(record.get("m")) ? Mechanism.from(record.get("m").asNode()) : null,
					Provenance.ofAttribute(e, "link"), Provenance.of(e));
		}).all());
	}

	private static boolean present(Value value) {
		return value != null && !value.isNull();
	}

}
