package hu.kozossegi.portal.opendata.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's header and the bearer token scheme; springdoc generates the rest from the code. */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String BEARER = "apiToken";

    @Bean
    OpenAPI portalOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Közösségi Kezdeményezések Portál API").version("v1")
                        .description("Read-only records of the community initiatives network. Send an API token issued "
                                + "by the national office as the header `Authorization: Bearer TOKEN`. Lists are paged (page from 1, "
                                + "size at most 100) and carry links to the neighbouring pages. No personal data.")
                        .license(new License().name(OpenDataController.LICENCE).url(OpenDataController.LICENCE_URL)))
                .components(new Components().addSecuritySchemes(BEARER,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
    }
}
