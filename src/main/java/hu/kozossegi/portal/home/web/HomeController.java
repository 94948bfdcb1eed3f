package hu.kozossegi.portal.home.web;

import hu.kozossegi.portal.home.internal.NetworkAtAGlance;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final NetworkAtAGlance network;

    HomeController(NetworkAtAGlance network) {
        this.network = network;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("figures", network.figures(NetworkAtAGlance.currentYear()));
        return "home/index";
    }
}
