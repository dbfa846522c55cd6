package org.menkou.content.seed;

import java.util.List;
import java.util.Map;

/** The shapes of the YAML seed files under {@code org/menkou/content/seed/}. Unknown keys are errors. */
final class SeedFiles {
    private SeedFiles() {
    }

    /** Every seed file says, in one sentence, which of its facts are invented demo data. */
    interface SeedFile {
        String demoNote();
    }

    record StationsFile(String demoNote, List<StationEntry> stations) implements SeedFile {
    }

    record StationEntry(String id, String kind, String name, String address, String openingHours, String phone,
                        String parent) {
    }

    record ServicesFile(String demoNote, List<CategoryEntry> categories) implements SeedFile {
    }

    record CategoryEntry(String id, String name, String summary, List<ItemEntry> items) {
    }

    record ItemEntry(String id, String name, String summary, String eligibility, String fees, String provides,
                     String hours, String provider, String howToApply, String location, String phone,
                     List<String> stations) {
    }

    record PoliciesFile(String demoNote, List<PolicyEntry> policies) implements SeedFile {
    }

    record PolicyEntry(String id, String name, String summary, CriteriaEntry criteria, List<QuestionEntry> questions,
                       String benefits, String howToApply, List<String> documents, String whereToAsk) {
    }

    record CriteriaEntry(Integer minAge, String residence, List<String> economicStatus, Integer minCareLevel,
                         Boolean livingAlone) {
    }

    record QuestionEntry(String text, String expect) {
    }

    record MenusFile(String demoNote, List<TierEntry> tiers, List<CanteenEntry> canteens) implements SeedFile {
    }

    record TierEntry(String code, String name) {
    }

    record CanteenEntry(String station, MealRules lunch, MealRules dinner, List<SetEntry> sets,
                        List<RotationDay> rotation) {
    }

    record MealRules(int quota, String cutoff, String serveFrom, String serveUntil) {
    }

    record SetEntry(String code, String name, String basePrice, Map<String, String> prices) {
    }

    /** One weekday of the rotation (1 = Monday); dishes per set code for each meal. */
    record RotationDay(int day, Map<String, List<String>> lunch, Map<String, List<String>> dinner) {
    }

    record NoticesFile(String demoNote, List<NoticeEntry> notices) implements SeedFile {
    }

    record NoticeEntry(String id, String kind, String title, String body, String station, int startOffsetDays,
                       int endOffsetDays) {
    }

    record ResidentsFile(String demoNote, List<ResidentEntry> residents) implements SeedFile {
    }

    record ResidentEntry(String id, String name, int birthYear, String tier, String homeStation) {
    }
}
