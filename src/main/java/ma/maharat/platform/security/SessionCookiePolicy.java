package ma.maharat.platform.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's attributes that web.xml cannot take from configuration: SameSite=Lax, so that
 * no other site's form can post with a trainee's session, and Secure when Maharat is served over
 * HTTPS ({@code MAHARAT_COOKIE_SECURE=true}).
 */
@WebListener
public class SessionCookiePolicy implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setAttribute("SameSite", "Lax");
        cookie.setHttpOnly(true);
        cookie.setSecure(ConfigProvider.getConfig().getOptionalValue("maharat.cookie.secure", Boolean.class).orElse(false));
    }
}
