"""What a complaint (投诉) or report (举报) is, for every service that handles one.

No web framework, no Rasa: the field registry (`complaint.fields`), the extraction of
each field from Chinese text (`complaint.extract`), the channel registry
(`complaint.channels`) and the ticket payload (`complaint.ticket`). The action server,
the backend (API, CSV export, console) and the channel bridges read these; none of them
restates a rule held here.
"""
