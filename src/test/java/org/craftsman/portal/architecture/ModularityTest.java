package org.craftsman.portal.architecture;

import org.craftsman.portal.PortalApplication;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Every feature is one module, and no two modules depend on each other in a cycle or
 * reach into another's internals. The module documentation in {@code docs/modules/} is
 * written from the same model.
 */
class ModularityTest {

	private static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersInterfaces() {
		MODULES.verify();
	}

	@Test
	void moduleDocumentationIsWritten() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
