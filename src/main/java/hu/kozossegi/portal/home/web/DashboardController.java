package hu.kozossegi.portal.home.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.home.DashboardSection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

    private final CountyAccess access;
    private final List<DashboardSection> sections;

    DashboardController(CountyAccess access, List<DashboardSection> sections) {
        this.access = access;
        this.sections = sections.stream().sorted(Comparator.comparingInt(DashboardSection::order)).toList();
    }

    /** A rendered panel: its fragment and its model. */
    record Panel(String fragment, Map<String, Object> model) {
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        PortalUser user = access.requireUser();
        model.addAttribute("user", user);
        model.addAttribute("panels", sections.stream()
                .map(section -> new Panel(section.fragment(), section.model(user)))
                .filter(panel -> !panel.model().isEmpty())
                .toList());
        return "home/dashboard";
    }
}
