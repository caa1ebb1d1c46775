package vn.cchc.publisher.web.security;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles its POST. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) @Nullable Long wait, Model model) {
        model.addAttribute("wait", wait);
        return "login";
    }
}
