package nl.botoc.graph.analysis;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A factor as the analysis questions return it. The GraphQL {@code Factor} interface is resolved by class name
 * (Spring for GraphQL's default {@code ClassNameTypeResolver}), hence the two records named after the object types.
 */
sealed interface FactorNode permits RiskFactor, ProtectiveFactor {

	/** Builds the record for a factor's node properties, by its {@code kind}. */
	static FactorNode of(Map<String, Object> p) {
		String kind = (String) p.get("kind");
		if ("PROTECTIVE".equals(kind)) {
			return new ProtectiveFactor(str(p, "id"), kind, str(p, "nameNl"), str(p, "nameEn"), str(p, "category"),
					str(p, "evidence"), str(p, "targetGroup"), (Boolean) p.get("studiedInNl"),
					Boolean.TRUE.equals(p.get("modifiable")), (String) p.get("modifiableRationale"));
		}
		return new RiskFactor(str(p, "id"), kind, str(p, "nameNl"), str(p, "nameEn"), str(p, "category"),
				str(p, "evidence"), str(p, "targetGroup"), (Boolean) p.get("studiedInNl"),
				Boolean.TRUE.equals(p.get("modifiable")), (String) p.get("modifiableRationale"));
	}

	private static String str(Map<String, Object> p, String key) {
		Object value = p.get(key);
		return value == null ? "" : value.toString();
	}

	String id();

}

/** A risk factor (risicofactor) in an analysis result. */
record RiskFactor(String id, String kind, String nameNl, String nameEn, String category, String evidence,
		String targetGroup, @Nullable Boolean studiedInNl, boolean modifiable, @Nullable String modifiableRationale)
		implements FactorNode {
}

/** A protective factor (beschermende factor) in an analysis result. */
record ProtectiveFactor(String id, String kind, String nameNl, String nameEn, String category, String evidence,
		String targetGroup, @Nullable Boolean studiedInNl, boolean modifiable, @Nullable String modifiableRationale)
		implements FactorNode {
}
