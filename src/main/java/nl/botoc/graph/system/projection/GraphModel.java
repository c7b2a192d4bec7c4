package nl.botoc.graph.system.projection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Everything the projection compiler knows about the graph: the {@link TypeMapping} of each object type (declared
 * by the features, one {@code *Model} class each), the abstract types and how a node picks its concrete type, and
 * the entity types that other features may refer to by key ({@link EntityRef}).
 */
@Component
public class GraphModel {

	private final Map<String, TypeMapping> types = new HashMap<>();

	private final Map<String, List<Branch>> abstractTypes = new HashMap<>();

	private final Map<String, Entity> entities = new HashMap<>();

	GraphModel(List<GraphModelContribution> contributions) {
		for (GraphModelContribution contribution : contributions) {
			contribution.contribute(this);
		}
	}

	/** Declares how an object type is read. */
	public GraphModel type(TypeMapping mapping) {
		if (this.types.put(mapping.typeName(), mapping) != null) {
			throw new IllegalStateException("Type " + mapping.typeName() + " is mapped twice");
		}
		return this;
	}

	/**
	 * Declares an interface or union: each branch is a concrete type with the Cypher condition on {@code {n}} that
	 * selects it, tried in order.
	 */
	public GraphModel abstractType(String typeName, List<Branch> branches) {
		this.abstractTypes.put(typeName, List.copyOf(branches));
		return this;
	}

	/** Declares a node label whose nodes other features may name by a unique key property. */
	public GraphModel entity(String typeName, String label, String keyProperty) {
		this.entities.put(typeName, new Entity(typeName, label, keyProperty));
		return this;
	}

	Optional<TypeMapping> mapping(String typeName) {
		return Optional.ofNullable(this.types.get(typeName));
	}

	Optional<List<Branch>> branches(String typeName) {
		return Optional.ofNullable(this.abstractTypes.get(typeName));
	}

	Optional<Entity> entityType(String typeName) {
		return Optional.ofNullable(this.entities.get(typeName));
	}

	/** Whether the compiler answers the fields of this type (object or abstract). */
	boolean isProjected(String typeName) {
		return this.types.containsKey(typeName) || this.abstractTypes.containsKey(typeName);
	}

	java.util.Set<String> objectTypes() {
		return this.types.keySet();
	}

	java.util.Set<String> abstractTypeNames() {
		return this.abstractTypes.keySet();
	}

	/** A concrete type of an abstract type and the condition on {@code {n}} under which a node is of it. */
	public record Branch(String typeName, String condition) {
	}

	/** A node type that can be named by key: its label and unique key property. */
	record Entity(String typeName, String label, String keyProperty) {
	}

	/** Implemented by each feature's model: declares its types. */
	@FunctionalInterface
	public interface GraphModelContribution {

		void contribute(GraphModel model);

	}

}
