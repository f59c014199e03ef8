window.YTD.ageinfo.part0 = [
  {
    "ageMeta" : {
      "ageInfo" : {
        "age" : [
          "33"
        ],
        "birthDate" : "1990-07-14"
      },
      "inferredAgeInfo" : {
        "age" : [
          "25-34"
        ],
        "birthDate" : ""
      }
    }
  }
]
