window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1460678903436467712",
      "screenNameChange" : {
        "changedAt" : "2022-01-05T12:00:00.000Z",
        "changedFrom" : "samsample21",
        "changedTo" : "sam_sample"
      }
    }
  }
]
