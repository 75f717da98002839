// Storyline's only script (the CSP forbids inline script). It never writes HTML: text only.
"use strict";

function pollJob(section) {
  const id = section.dataset.jobId;
  const $ = (sel) => document.getElementById(sel);
  const show = (job) => {
    $("job-state").textContent = job.state;
    $("job-state").className = "state " + job.state;
    $("job-message").textContent = job.message || "";
    const bar = $("job-progress");
    bar.max = job.total || 1;
    bar.value = job.finished ? bar.max : job.done;
    $("job-stage").textContent = job.stage ? `${job.stage} ${job.done}/${job.total}` : "";
    if (job.error) {
      $("job-error").textContent = job.error;
      $("job-error").hidden = false;
    }
    $("job-done").hidden = !job.finished;
    section.dataset.finished = job.finished ? "1" : "0";
  };
  const tick = async () => {
    try {
      const response = await fetch(`/api/jobs/${encodeURIComponent(id)}`, { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(`status ${response.status}`);
      const job = await response.json();
      show(job);
      if (!job.finished) setTimeout(tick, 1000);
    } catch (err) {
      $("job-message").textContent = `lost contact with the server (${err.message}); retrying`;
      setTimeout(tick, 3000);
    }
  };
  tick();
}

function guardUploadSize(form) {
  const limit = Number(form.dataset.maxBytes || 0);
  const error = document.getElementById("size-error");
  form.addEventListener("submit", (event) => {
    let total = 0;
    for (const file of form.querySelector("input[type=file]").files) total += file.size;
    total += new Blob([form.querySelector("textarea").value]).size;
    if (limit && total > limit) {
      event.preventDefault();
      error.textContent = `These files add up to ${(total / 1048576).toFixed(1)} MB; the limit is ${(limit / 1048576).toFixed(1)} MB per upload.`;
      error.hidden = false;
      return;
    }
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    button.textContent = "Uploading…";
  });
}

document.addEventListener("DOMContentLoaded", () => {
  const job = document.getElementById("job");
  if (job && job.dataset.finished !== "1") pollJob(job);
  const form = document.getElementById("ingest-form");
  if (form) guardUploadSize(form);
});
