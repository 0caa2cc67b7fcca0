package dev.overlap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of STYLE.md, enforced. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.overlap");
  }

  @Test
  void onlyTheCliDependsOnTheCli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.overlap.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.overlap.cli..")
        .check(classes);
  }

  @Test
  void stagesDoNotDependOnTheFacade() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.overlap.ingest..", "dev.overlap.clean..", "dev.overlap.analysis..",
            "dev.overlap.fingerprint..", "dev.overlap.index..", "dev.overlap.align..",
            "dev.overlap.report..", "dev.overlap.config..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("dev.overlap.Overlap")
        .check(classes);
  }

  @Test
  void luceneIndexesLiveOnlyInTheIndexPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.overlap.index..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.lucene.index..", "org.apache.lucene.store..", "org.apache.lucene.search..",
            "org.apache.lucene.document..")
        .check(classes);
  }

  @Test
  void luceneAnalysisOnlyInAnalysisAndTheIndex() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.overlap.analysis..", "dev.overlap.index..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.lucene.analysis..", "org.tartarus..")
        .check(classes);
  }

  @Test
  void jacksonOnlyInConfigReportAndEval() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.overlap.config..", "dev.overlap.report..", "dev.overlap.eval..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml.jackson..")
        .check(classes);
  }

  @Test
  void picocliOnlyInTheCli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.overlap.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(classes);
  }

  @Test
  void tikaAndTheDocumentLibrariesOnlyInIngest() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.overlap.ingest..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.tika..", "org.apache.poi..", "org.apache.pdfbox..",
            "org.apache.commons.compress..")
        .check(classes);
  }

  @Test
  void onlyMainExits() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("dev.overlap.cli.Main")
        .should()
        .callMethod(System.class, "exit", int.class)
        .check(classes);
  }
}
