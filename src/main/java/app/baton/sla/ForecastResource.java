package app.baton.sla;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** Before creating a request: when it would be due by the SLA, and when it will realistically be done. */
@Path("/api/tickets/forecast")
@Authenticated
public class ForecastResource {

    @Inject
    TicketForecast forecast;

    @GET
    public TicketForecast.Forecast forecast(@QueryParam("type") String type, @QueryParam("priority") String priority,
            @QueryParam("client") String client) {
        return forecast.forecast(type, priority, client);
    }
}
