package nl.botoc.graph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.botoc.graph.bench.SyntheticSeed.Csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The synthetic seed keeps the curated seed's shape and is the same for the same scale and seed value. */
class SyntheticSeedTests {

	static final Path SEED = Path.of("seed");

	@TempDir
	Path dir;

	@Test
	void writesTheSameFilesForTheSameScaleAndSeedValue() throws IOException {
		SyntheticSeed.write(SEED, this.dir.resolve("a"), 3, 7);
		SyntheticSeed.write(SEED, this.dir.resolve("b"), 3, 7);
		SyntheticSeed.write(SEED, this.dir.resolve("c"), 3, 8);
		for (String file : List.of("municipalities.csv", "interventions.csv", "intervention_themes.csv",
				"intervention_factors.csv", "intervention_mechanisms.csv")) {
			assertThat(Files.readAllBytes(this.dir.resolve("b").resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(this.dir.resolve("a").resolve(file)));
		}
		assertThat(Files.readAllBytes(this.dir.resolve("c").resolve("interventions.csv")))
			.isNotEqualTo(Files.readAllBytes(this.dir.resolve("a").resolve("interventions.csv")));
	}

	@Test
	void copiesTheReferenceDataAndScalesTheMunicipalities() throws IOException {
		var summary = SyntheticSeed.write(SEED, this.dir, 10, 42);
		for (String file : SyntheticSeed.COPIED) {
			assertThat(Files.readAllBytes(this.dir.resolve(file))).as(file).isEqualTo(Files.readAllBytes(SEED.resolve(file)));
		}
		Csv municipalities = Csv.read(this.dir.resolve("municipalities.csv"));
		assertThat(municipalities.rows()).hasSize(80);
		assertThat(summary.municipalities()).isEqualTo(80);
		// The first copy keeps the real ids, so the claims' scopes and the example queries still resolve.
		assertThat(municipalities.values("id")).containsAll(Csv.read(SEED.resolve("municipalities.csv")).values("id"))
			.contains("mun:rotterdam-10")
			.doesNotHaveDuplicates();
	}

	@Test
	void givesEveryMunicipalityThreeToThirteenInterventionsWithUniqueCodes() {
		SyntheticSeed.write(SEED, this.dir, 10, 42);
		Csv interventions = Csv.read(this.dir.resolve("interventions.csv"));
		Map<String, Long> perMunicipality = interventions.rows()
			.stream()
			.collect(Collectors.groupingBy((r) -> r.get("municipality"), Collectors.counting()));
		assertThat(perMunicipality).hasSize(80);
		assertThat(perMunicipality.values()).allSatisfy((n) -> assertThat(n).isBetween(3L, 13L));
		assertThat(interventions.values("code")).hasSize(interventions.rows().size())
			.allSatisfy((code) -> assertThat(code).matches("(AMS|ARN|DH|EIN|ROT|TIL|UTR|ZAA)[0-9]+"))
			.contains("AMS1", "ARN3", "EIN2");
	}

	@Test
	void linksEachInterventionToOneToFourThemesWithOneMainAndOnlyToTheSeedsFactorsAndMechanisms() {
		SyntheticSeed.write(SEED, this.dir, 10, 42);
		Set<String> codes = Csv.read(this.dir.resolve("interventions.csv")).values("code");
		var themes = Csv.read(this.dir.resolve("intervention_themes.csv")).groupBy("intervention");
		assertThat(themes.keySet()).isEqualTo(codes);
		themes.forEach((code, links) -> {
			assertThat(links).as(code).hasSizeBetween(1, 4);
			assertThat(links.stream().filter((l) -> l.get("main").equals("true"))).as(code).hasSize(1);
		});
		assertThat(Csv.read(this.dir.resolve("intervention_themes.csv")).values("theme"))
			.isSubsetOf(Csv.read(SEED.resolve("themes.csv")).values("id"));
		assertThat(Csv.read(this.dir.resolve("intervention_factors.csv")).values("factor"))
			.isSubsetOf(Csv.read(SEED.resolve("factors.csv")).values("id"));
		Map<String, Set<String>> realNames = new HashMap<>();
		Csv.read(SEED.resolve("intervention_mechanisms.csv"))
			.rows()
			.forEach((r) -> realNames.computeIfAbsent(r.get("mechanism"), (k) -> new HashSet<>()).add(r.get("local_name")));
		assertThat(Csv.read(this.dir.resolve("intervention_mechanisms.csv")).rows())
			.allSatisfy((r) -> assertThat(realNames.get(r.get("mechanism"))).contains(r.get("local_name")));
	}

	@Test
	void keepsTheSeedsProportionsOfLinksPerIntervention() {
		var summary = SyntheticSeed.write(SEED, this.dir, 100, 42);
		int realInterventions = Csv.read(SEED.resolve("interventions.csv")).rows().size();
		for (String file : List.of("intervention_themes.csv", "intervention_factors.csv", "intervention_mechanisms.csv")) {
			double real = Csv.read(SEED.resolve(file)).rows().size() / (double) realInterventions;
			double synthetic = Csv.read(this.dir.resolve(file)).rows().size() / (double) summary.interventions();
			assertThat(synthetic).as(file + " per intervention").isCloseTo(real, within(real * 0.1));
		}
		double realGrounded = share(SEED, "grounded");
		assertThat(share(this.dir, "grounded")).isCloseTo(realGrounded, within(0.05));
		// About 8.6 interventions per municipality in the seed (the 64 with a municipality over 8).
		assertThat(summary.interventions() / (double) summary.municipalities()).isBetween(7.0, 10.0);
	}

	@Test
	void targetsNoGroundedRiskFactorFromAnUngroundedIntervention() {
		SyntheticSeed.write(SEED, this.dir, 10, 42);
		Set<String> ungrounded = Csv.read(this.dir.resolve("interventions.csv"))
			.rows()
			.stream()
			.filter((r) -> r.get("grounded").equals("false"))
			.map((r) -> r.get("code"))
			.collect(Collectors.toSet());
		Set<String> groundedRisk = Csv.read(SEED.resolve("factors.csv"))
			.rows()
			.stream()
			.filter((r) -> r.get("kind").equals("RISK") && r.get("evidence").equals("GROUNDED"))
			.map((r) -> r.get("id"))
			.collect(Collectors.toSet());
		assertThat(ungrounded).isNotEmpty();
		assertThat(Csv.read(this.dir.resolve("intervention_factors.csv")).rows())
			.noneMatch((r) -> ungrounded.contains(r.get("intervention")) && groundedRisk.contains(r.get("factor")));
	}

	private static double share(Path seed, String column) {
		var rows = Csv.read(seed.resolve("interventions.csv")).rows();
		return rows.stream().filter((r) -> r.get(column).equals("true")).count() / (double) rows.size();
	}

}
