// Keeps a job's page current while the job runs: polls its JSON and updates the bar and label in place, and reloads
// the page once when the job ends so the outcome (and any download) shows.
(function () {
    "use strict";
    const section = document.querySelector("[data-job-id]");
    if (!section || section.dataset.jobRunning !== "true") {
        return;
    }

    const id = section.dataset.jobId;
    const bar = section.querySelector("[data-job-bar]");
    const label = section.querySelector("[data-job-label]");
    const state = section.querySelector("[data-job-state]");
    const finished = ["Succeeded", "Failed", "Cancelled"];

    async function poll() {
        try {
            const response = await fetch("/api/jobs/" + encodeURIComponent(id), { headers: { Accept: "application/json" }, credentials: "same-origin" });
            if (!response.ok) {
                return;
            }

            const job = await response.json();
            if (finished.includes(job.state)) {
                window.location.reload();
                return;
            }

            const text = job.total > 0 ? job.done + " of " + job.total : "Working";
            label.textContent = job.message ? text + ": " + job.message : text;
            state.textContent = job.state;
            if (job.total > 0) {
                bar.max = job.total;
                bar.value = job.done;
            }
        } finally {
            window.setTimeout(poll, 1000);
        }
    }

    window.setTimeout(poll, 1000);
}());
