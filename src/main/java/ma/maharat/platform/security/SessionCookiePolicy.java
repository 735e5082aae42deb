package ma.maharat.platform.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie Secure when Maharat is served over HTTPS ({@code MAHARAT_COOKIE_SECURE=true}),
 * which web.xml cannot take from configuration. HttpOnly is in web.xml, SameSite in glassfish-web.xml.
 */
@WebListener
public class SessionCookiePolicy implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setSecure(ConfigProvider.getConfig().getOptionalValue("maharat.cookie.secure", Boolean.class).orElse(false));
    }
}
