package vn.cchc.publisher.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.cchc.publisher.channel.LocalSite;

/**
 * Serves the local site's directory at {@code /site/} as a static web server would: {@code /site} redirects
 * to {@code /site/}, a directory URL ending in {@code /} answers with its {@code index.html}, and a directory
 * URL without the slash redirects to the one with it (so the pages' relative links work). Pages change when
 * articles are published, so browsers are told to revalidate.
 */
@Configuration(proxyBeanMethods = false)
class LocalSiteWebConfig implements WebMvcConfigurer {

    static final String PREFIX = "/site/";

    private final LocalSite site;

    LocalSiteWebConfig(LocalSite site) {
        this.site = site;
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/site", PREFIX);
        registry.addViewController(PREFIX).setViewName("forward:" + PREFIX + "index.html");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PREFIX + "**")
                .addResourceLocations(directoryLocation())
                .setCacheControl(CacheControl.noCache())
                .resourceChain(false)
                .addResolver(new DirectoryIndexResolver());
    }

    /** The directory as a location URL; it must end in {@code /}, even before the directory exists. */
    private String directoryLocation() {
        String uri = site.directory().toAbsolutePath().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new DirectorySlashRedirect(site.directory(), PREFIX))
                .addPathPatterns(PREFIX + "**");
    }
}
