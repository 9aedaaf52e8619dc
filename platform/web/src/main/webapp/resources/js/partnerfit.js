// A form sent in full (not by Ajax) is sent once: a double click on Create would otherwise create
// twice, and on Invite or Create account the second answer ("already exists") would replace the
// page that showed the one-time password.
document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented) {
        return;   // not sent after all
    }
    if (form.dataset.pfSending) {
        event.preventDefault();
        return;
    }
    form.dataset.pfSending = 'yes';
    // A form whose answer does not leave the page (an export, a download) may be sent again shortly.
    if (form.dataset.pfStays) {
        setTimeout(function () { delete form.dataset.pfSending; }, 3000);
    }
});

// A page the browser shows again from its history (Back) takes its forms afresh.
window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
        document.querySelectorAll('form[data-pf-sending]').forEach(function (form) { delete form.dataset.pfSending; });
    }
});
