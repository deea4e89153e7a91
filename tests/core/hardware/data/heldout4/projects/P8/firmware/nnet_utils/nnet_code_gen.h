#ifndef NNET_INSTR_GEN_H_
#define NNET_INSTR_GEN_H_

#include "nnet_helpers.h"
#include <iostream>

namespace nnet {

template <class data_T, typename CONFIG_T> class FillConv1DBuffer {
  public:
    static void fill_buffer(data_T data[CONFIG_T::in_width * CONFIG_T::n_chan],
                            data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_width * CONFIG_T::n_chan],
                            const unsigned partition) {
        // To be implemented in subclasses
    }
};

template <class data_T, typename CONFIG_T> class FillConv2DBuffer {
  public:
    static void
    fill_buffer(data_T data[CONFIG_T::in_height * CONFIG_T::in_width * CONFIG_T::n_chan],
                data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_height * CONFIG_T::filt_width * CONFIG_T::n_chan],
                const unsigned partition) {
        // To be implemented in subclasses
    }
};

// hls4ml insert code
template<class data_T, typename CONFIG_T>
class fill_buffer_2 : public FillConv2DBuffer<data_T, CONFIG_T> {
    public:
    static void fill_buffer(
        data_T data[CONFIG_T::in_height * CONFIG_T::in_width * CONFIG_T::n_chan],
        data_T buffer[CONFIG_T::n_pixels][CONFIG_T::filt_height * CONFIG_T::filt_width * CONFIG_T::n_chan],
        const unsigned partition
    ) {
        if (partition ==   0) {
            buffer[0][0] =    data[0]; buffer[0][1] =    data[1]; buffer[0][2] =    data[2]; buffer[0][3] =   data[28]; buffer[0][4] =   data[29]; buffer[0][5] =   data[30]; buffer[0][6] =   data[56]; buffer[0][7] =   data[57]; buffer[0][8] =   data[58];

        }
        if (partition ==   1) {
            buffer[0][0] =    data[1]; buffer[0][1] =    data[2]; buffer[0][2] =    data[3]; buffer[0][3] =   data[29]; buffer[0][4] =   data[30]; buffer[0][5] =   data[31]; buffer[0][6] =   data[57]; buffer[0][7] =   data[58]; buffer[0][8] =   data[59];

        }
        if (partition ==   2) {
            buffer[0][0] =    data[2]; buffer[0][1] =    data[3]; buffer[0][2] =    data[4]; buffer[0][3] =   data[30]; buffer[0][4] =   data[31]; buffer[0][5] =   data[32]; buffer[0][6] =   data[58]; buffer[0][7] =   data[59]; buffer[0][8] =   data[60];

        }
        if (partition ==   3) {
            buffer[0][0] =    data[3]; buffer[0][1] =    data[4]; buffer[0][2] =    data[5]; buffer[0][3] =   data[31]; buffer[0][4] =   data[32]; buffer[0][5] =   data[33]; buffer[0][6] =   data[59]; buffer[0][7] =   data[60]; buffer[0][8] =   data[61];

        }
        if (partition ==   4) {
            buffer[0][0] =    data[4]; buffer[0][1] =    data[5]; buffer[0][2] =    data[6]; buffer[0][3] =   data[32]; buffer[0][4] =   data[33]; buffer[0][5] =   data[34]; buffer[0][6] =   data[60]; buffer[0][7] =   data[61]; buffer[0][8] =   data[62];

        }
        if (partition ==   5) {
            buffer[0][0] =    data[5]; buffer[0][1] =    data[6]; buffer[0][2] =    data[7]; buffer[0][3] =   data[33]; buffer[0][4] =   data[34]; buffer[0][5] =   data[35]; buffer[0][6] =   data[61]; buffer[0][7] =   data[62]; buffer[0][8] =   data[63];

        }
        if (partition ==   6) {
            buffer[0][0] =    data[6]; buffer[0][1] =    data[7]; buffer[0][2] =    data[8]; buffer[0][3] =   data[34]; buffer[0][4] =   data[35]; buffer[0][5] =   data[36]; buffer[0][6] =   data[62]; buffer[0][7] =   data[63]; buffer[0][8] =   data[64];

        }
        if (partition ==   7) {
            buffer[0][0] =    data[7]; buffer[0][1] =    data[8]; buffer[0][2] =    data[9]; buffer[0][3] =   data[35]; buffer[0][4] =   data[36]; buffer[0][5] =   data[37]; buffer[0][6] =   data[63]; buffer[0][7] =   data[64]; buffer[0][8] =   data[65];

        }
        if (partition ==   8) {
            buffer[0][0] =    data[8]; buffer[0][1] =    data[9]; buffer[0][2] =   data[10]; buffer[0][3] =   data[36]; buffer[0][4] =   data[37]; buffer[0][5] =   data[38]; buffer[0][6] =   data[64]; buffer[0][7] =   data[65]; buffer[0][8] =   data[66];

        }
        if (partition ==   9) {
            buffer[0][0] =    data[9]; buffer[0][1] =   data[10]; buffer[0][2] =   data[11]; buffer[0][3] =   data[37]; buffer[0][4] =   data[38]; buffer[0][5] =   data[39]; buffer[0][6] =   data[65]; buffer[0][7] =   data[66]; buffer[0][8] =   data[67];

        }
        if (partition ==  10) {
            buffer[0][0] =   data[10]; buffer[0][1] =   data[11]; buffer[0][2] =   data[12]; buffer[0][3] =   data[38]; buffer[0][4] =   data[39]; buffer[0][5] =   data[40]; buffer[0][6] =   data[66]; buffer[0][7] =   data[67]; buffer[0][8] =   data[68];

        }
        if (partition ==  11) {
            buffer[0][0] =   data[11]; buffer[0][1] =   data[12]; buffer[0][2] =   data[13]; buffer[0][3] =   data[39]; buffer[0][4] =   data[40]; buffer[0][5] =   data[41]; buffer[0][6] =   data[67]; buffer[0][7] =   data[68]; buffer[0][8] =   data[69];

        }
        if (partition ==  12) {
            buffer[0][0] =   data[12]; buffer[0][1] =   data[13]; buffer[0][2] =   data[14]; buffer[0][3] =   data[40]; buffer[0][4] =   data[41]; buffer[0][5] =   data[42]; buffer[0][6] =   data[68]; buffer[0][7] =   data[69]; buffer[0][8] =   data[70];

        }
        if (partition ==  13) {
            buffer[0][0] =   data[13]; buffer[0][1] =   data[14]; buffer[0][2] =   data[15]; buffer[0][3] =   data[41]; buffer[0][4] =   data[42]; buffer[0][5] =   data[43]; buffer[0][6] =   data[69]; buffer[0][7] =   data[70]; buffer[0][8] =   data[71];

        }
        if (partition ==  14) {
            buffer[0][0] =   data[14]; buffer[0][1] =   data[15]; buffer[0][2] =   data[16]; buffer[0][3] =   data[42]; buffer[0][4] =   data[43]; buffer[0][5] =   data[44]; buffer[0][6] =   data[70]; buffer[0][7] =   data[71]; buffer[0][8] =   data[72];

        }
        if (partition ==  15) {
            buffer[0][0] =   data[15]; buffer[0][1] =   data[16]; buffer[0][2] =   data[17]; buffer[0][3] =   data[43]; buffer[0][4] =   data[44]; buffer[0][5] =   data[45]; buffer[0][6] =   data[71]; buffer[0][7] =   data[72]; buffer[0][8] =   data[73];

        }
        if (partition ==  16) {
            buffer[0][0] =   data[16]; buffer[0][1] =   data[17]; buffer[0][2] =   data[18]; buffer[0][3] =   data[44]; buffer[0][4] =   data[45]; buffer[0][5] =   data[46]; buffer[0][6] =   data[72]; buffer[0][7] =   data[73]; buffer[0][8] =   data[74];

        }
        if (partition ==  17) {
            buffer[0][0] =   data[17]; buffer[0][1] =   data[18]; buffer[0][2] =   data[19]; buffer[0][3] =   data[45]; buffer[0][4] =   data[46]; buffer[0][5] =   data[47]; buffer[0][6] =   data[73]; buffer[0][7] =   data[74]; buffer[0][8] =   data[75];

        }
        if (partition ==  18) {
            buffer[0][0] =   data[18]; buffer[0][1] =   data[19]; buffer[0][2] =   data[20]; buffer[0][3] =   data[46]; buffer[0][4] =   data[47]; buffer[0][5] =   data[48]; buffer[0][6] =   data[74]; buffer[0][7] =   data[75]; buffer[0][8] =   data[76];

        }
        if (partition ==  19) {
            buffer[0][0] =   data[19]; buffer[0][1] =   data[20]; buffer[0][2] =   data[21]; buffer[0][3] =   data[47]; buffer[0][4] =   data[48]; buffer[0][5] =   data[49]; buffer[0][6] =   data[75]; buffer[0][7] =   data[76]; buffer[0][8] =   data[77];

        }
        if (partition ==  20) {
            buffer[0][0] =   data[20]; buffer[0][1] =   data[21]; buffer[0][2] =   data[22]; buffer[0][3] =   data[48]; buffer[0][4] =   data[49]; buffer[0][5] =   data[50]; buffer[0][6] =   data[76]; buffer[0][7] =   data[77]; buffer[0][8] =   data[78];

        }
        if (partition ==  21) {
            buffer[0][0] =   data[21]; buffer[0][1] =   data[22]; buffer[0][2] =   data[23]; buffer[0][3] =   data[49]; buffer[0][4] =   data[50]; buffer[0][5] =   data[51]; buffer[0][6] =   data[77]; buffer[0][7] =   data[78]; buffer[0][8] =   data[79];

        }
        if (partition ==  22) {
            buffer[0][0] =   data[22]; buffer[0][1] =   data[23]; buffer[0][2] =   data[24]; buffer[0][3] =   data[50]; buffer[0][4] =   data[51]; buffer[0][5] =   data[52]; buffer[0][6] =   data[78]; buffer[0][7] =   data[79]; buffer[0][8] =   data[80];

        }
        if (partition ==  23) {
            buffer[0][0] =   data[23]; buffer[0][1] =   data[24]; buffer[0][2] =   data[25]; buffer[0][3] =   data[51]; buffer[0][4] =   data[52]; buffer[0][5] =   data[53]; buffer[0][6] =   data[79]; buffer[0][7] =   data[80]; buffer[0][8] =   data[81];

        }
        if (partition ==  24) {
            buffer[0][0] =   data[24]; buffer[0][1] =   data[25]; buffer[0][2] =   data[26]; buffer[0][3] =   data[52]; buffer[0][4] =   data[53]; buffer[0][5] =   data[54]; buffer[0][6] =   data[80]; buffer[0][7] =   data[81]; buffer[0][8] =   data[82];

        }
        if (partition ==  25) {
            buffer[0][0] =   data[25]; buffer[0][1] =   data[26]; buffer[0][2] =   data[27]; buffer[0][3] =   data[53]; buffer[0][4] =   data[54]; buffer[0][5] =   data[55]; buffer[0][6] =   data[81]; buffer[0][7] =   data[82]; buffer[0][8] =   data[83];

        }
        if (partition ==  26) {
            buffer[0][0] =   data[28]; buffer[0][1] =   data[29]; buffer[0][2] =   data[30]; buffer[0][3] =   data[56]; buffer[0][4] =   data[57]; buffer[0][5] =   data[58]; buffer[0][6] =   data[84]; buffer[0][7] =   data[85]; buffer[0][8] =   data[86];

        }
        if (partition ==  27) {
            buffer[0][0] =   data[29]; buffer[0][1] =   data[30]; buffer[0][2] =   data[31]; buffer[0][3] =   data[57]; buffer[0][4] =   data[58]; buffer[0][5] =   data[59]; buffer[0][6] =   data[85]; buffer[0][7] =   data[86]; buffer[0][8] =   data[87];

        }
        if (partition ==  28) {
            buffer[0][0] =   data[30]; buffer[0][1] =   data[31]; buffer[0][2] =   data[32]; buffer[0][3] =   data[58]; buffer[0][4] =   data[59]; buffer[0][5] =   data[60]; buffer[0][6] =   data[86]; buffer[0][7] =   data[87]; buffer[0][8] =   data[88];

        }
        if (partition ==  29) {
            buffer[0][0] =   data[31]; buffer[0][1] =   data[32]; buffer[0][2] =   data[33]; buffer[0][3] =   data[59]; buffer[0][4] =   data[60]; buffer[0][5] =   data[61]; buffer[0][6] =   data[87]; buffer[0][7] =   data[88]; buffer[0][8] =   data[89];

        }
        if (partition ==  30) {
            buffer[0][0] =   data[32]; buffer[0][1] =   data[33]; buffer[0][2] =   data[34]; buffer[0][3] =   data[60]; buffer[0][4] =   data[61]; buffer[0][5] =   data[62]; buffer[0][6] =   data[88]; buffer[0][7] =   data[89]; buffer[0][8] =   data[90];

        }
        if (partition ==  31) {
            buffer[0][0] =   data[33]; buffer[0][1] =   data[34]; buffer[0][2] =   data[35]; buffer[0][3] =   data[61]; buffer[0][4] =   data[62]; buffer[0][5] =   data[63]; buffer[0][6] =   data[89]; buffer[0][7] =   data[90]; buffer[0][8] =   data[91];

        }
        if (partition ==  32) {
            buffer[0][0] =   data[34]; buffer[0][1] =   data[35]; buffer[0][2] =   data[36]; buffer[0][3] =   data[62]; buffer[0][4] =   data[63]; buffer[0][5] =   data[64]; buffer[0][6] =   data[90]; buffer[0][7] =   data[91]; buffer[0][8] =   data[92];

        }
        if (partition ==  33) {
            buffer[0][0] =   data[35]; buffer[0][1] =   data[36]; buffer[0][2] =   data[37]; buffer[0][3] =   data[63]; buffer[0][4] =   data[64]; buffer[0][5] =   data[65]; buffer[0][6] =   data[91]; buffer[0][7] =   data[92]; buffer[0][8] =   data[93];

        }
        if (partition ==  34) {
            buffer[0][0] =   data[36]; buffer[0][1] =   data[37]; buffer[0][2] =   data[38]; buffer[0][3] =   data[64]; buffer[0][4] =   data[65]; buffer[0][5] =   data[66]; buffer[0][6] =   data[92]; buffer[0][7] =   data[93]; buffer[0][8] =   data[94];

        }
        if (partition ==  35) {
            buffer[0][0] =   data[37]; buffer[0][1] =   data[38]; buffer[0][2] =   data[39]; buffer[0][3] =   data[65]; buffer[0][4] =   data[66]; buffer[0][5] =   data[67]; buffer[0][6] =   data[93]; buffer[0][7] =   data[94]; buffer[0][8] =   data[95];

        }
        if (partition ==  36) {
            buffer[0][0] =   data[38]; buffer[0][1] =   data[39]; buffer[0][2] =   data[40]; buffer[0][3] =   data[66]; buffer[0][4] =   data[67]; buffer[0][5] =   data[68]; buffer[0][6] =   data[94]; buffer[0][7] =   data[95]; buffer[0][8] =   data[96];

        }
        if (partition ==  37) {
            buffer[0][0] =   data[39]; buffer[0][1] =   data[40]; buffer[0][2] =   data[41]; buffer[0][3] =   data[67]; buffer[0][4] =   data[68]; buffer[0][5] =   data[69]; buffer[0][6] =   data[95]; buffer[0][7] =   data[96]; buffer[0][8] =   data[97];

        }
        if (partition ==  38) {
            buffer[0][0] =   data[40]; buffer[0][1] =   data[41]; buffer[0][2] =   data[42]; buffer[0][3] =   data[68]; buffer[0][4] =   data[69]; buffer[0][5] =   data[70]; buffer[0][6] =   data[96]; buffer[0][7] =   data[97]; buffer[0][8] =   data[98];

        }
        if (partition ==  39) {
            buffer[0][0] =   data[41]; buffer[0][1] =   data[42]; buffer[0][2] =   data[43]; buffer[0][3] =   data[69]; buffer[0][4] =   data[70]; buffer[0][5] =   data[71]; buffer[0][6] =   data[97]; buffer[0][7] =   data[98]; buffer[0][8] =   data[99];

        }
        if (partition ==  40) {
            buffer[0][0] =   data[42]; buffer[0][1] =   data[43]; buffer[0][2] =   data[44]; buffer[0][3] =   data[70]; buffer[0][4] =   data[71]; buffer[0][5] =   data[72]; buffer[0][6] =   data[98]; buffer[0][7] =   data[99]; buffer[0][8] =  data[100];

        }
        if (partition ==  41) {
            buffer[0][0] =   data[43]; buffer[0][1] =   data[44]; buffer[0][2] =   data[45]; buffer[0][3] =   data[71]; buffer[0][4] =   data[72]; buffer[0][5] =   data[73]; buffer[0][6] =   data[99]; buffer[0][7] =  data[100]; buffer[0][8] =  data[101];

        }
        if (partition ==  42) {
            buffer[0][0] =   data[44]; buffer[0][1] =   data[45]; buffer[0][2] =   data[46]; buffer[0][3] =   data[72]; buffer[0][4] =   data[73]; buffer[0][5] =   data[74]; buffer[0][6] =  data[100]; buffer[0][7] =  data[101]; buffer[0][8] =  data[102];

        }
        if (partition ==  43) {
            buffer[0][0] =   data[45]; buffer[0][1] =   data[46]; buffer[0][2] =   data[47]; buffer[0][3] =   data[73]; buffer[0][4] =   data[74]; buffer[0][5] =   data[75]; buffer[0][6] =  data[101]; buffer[0][7] =  data[102]; buffer[0][8] =  data[103];

        }
        if (partition ==  44) {
            buffer[0][0] =   data[46]; buffer[0][1] =   data[47]; buffer[0][2] =   data[48]; buffer[0][3] =   data[74]; buffer[0][4] =   data[75]; buffer[0][5] =   data[76]; buffer[0][6] =  data[102]; buffer[0][7] =  data[103]; buffer[0][8] =  data[104];

        }
        if (partition ==  45) {
            buffer[0][0] =   data[47]; buffer[0][1] =   data[48]; buffer[0][2] =   data[49]; buffer[0][3] =   data[75]; buffer[0][4] =   data[76]; buffer[0][5] =   data[77]; buffer[0][6] =  data[103]; buffer[0][7] =  data[104]; buffer[0][8] =  data[105];

        }
        if (partition ==  46) {
            buffer[0][0] =   data[48]; buffer[0][1] =   data[49]; buffer[0][2] =   data[50]; buffer[0][3] =   data[76]; buffer[0][4] =   data[77]; buffer[0][5] =   data[78]; buffer[0][6] =  data[104]; buffer[0][7] =  data[105]; buffer[0][8] =  data[106];

        }
        if (partition ==  47) {
            buffer[0][0] =   data[49]; buffer[0][1] =   data[50]; buffer[0][2] =   data[51]; buffer[0][3] =   data[77]; buffer[0][4] =   data[78]; buffer[0][5] =   data[79]; buffer[0][6] =  data[105]; buffer[0][7] =  data[106]; buffer[0][8] =  data[107];

        }
        if (partition ==  48) {
            buffer[0][0] =   data[50]; buffer[0][1] =   data[51]; buffer[0][2] =   data[52]; buffer[0][3] =   data[78]; buffer[0][4] =   data[79]; buffer[0][5] =   data[80]; buffer[0][6] =  data[106]; buffer[0][7] =  data[107]; buffer[0][8] =  data[108];

        }
        if (partition ==  49) {
            buffer[0][0] =   data[51]; buffer[0][1] =   data[52]; buffer[0][2] =   data[53]; buffer[0][3] =   data[79]; buffer[0][4] =   data[80]; buffer[0][5] =   data[81]; buffer[0][6] =  data[107]; buffer[0][7] =  data[108]; buffer[0][8] =  data[109];

        }
        if (partition ==  50) {
            buffer[0][0] =   data[52]; buffer[0][1] =   data[53]; buffer[0][2] =   data[54]; buffer[0][3] =   data[80]; buffer[0][4] =   data[81]; buffer[0][5] =   data[82]; buffer[0][6] =  data[108]; buffer[0][7] =  data[109]; buffer[0][8] =  data[110];

        }
        if (partition ==  51) {
            buffer[0][0] =   data[53]; buffer[0][1] =   data[54]; buffer[0][2] =   data[55]; buffer[0][3] =   data[81]; buffer[0][4] =   data[82]; buffer[0][5] =   data[83]; buffer[0][6] =  data[109]; buffer[0][7] =  data[110]; buffer[0][8] =  data[111];

        }
        if (partition ==  52) {
            buffer[0][0] =   data[56]; buffer[0][1] =   data[57]; buffer[0][2] =   data[58]; buffer[0][3] =   data[84]; buffer[0][4] =   data[85]; buffer[0][5] =   data[86]; buffer[0][6] =  data[112]; buffer[0][7] =  data[113]; buffer[0][8] =  data[114];

        }
        if (partition ==  53) {
            buffer[0][0] =   data[57]; buffer[0][1] =   data[58]; buffer[0][2] =   data[59]; buffer[0][3] =   data[85]; buffer[0][4] =   data[86]; buffer[0][5] =   data[87]; buffer[0][6] =  data[113]; buffer[0][7] =  data[114]; buffer[0][8] =  data[115];

        }
        if (partition ==  54) {
            buffer[0][0] =   data[58]; buffer[0][1] =   data[59]; buffer[0][2] =   data[60]; buffer[0][3] =   data[86]; buffer[0][4] =   data[87]; buffer[0][5] =   data[88]; buffer[0][6] =  data[114]; buffer[0][7] =  data[115]; buffer[0][8] =  data[116];

        }
        if (partition ==  55) {
            buffer[0][0] =   data[59]; buffer[0][1] =   data[60]; buffer[0][2] =   data[61]; buffer[0][3] =   data[87]; buffer[0][4] =   data[88]; buffer[0][5] =   data[89]; buffer[0][6] =  data[115]; buffer[0][7] =  data[116]; buffer[0][8] =  data[117];

        }
        if (partition ==  56) {
            buffer[0][0] =   data[60]; buffer[0][1] =   data[61]; buffer[0][2] =   data[62]; buffer[0][3] =   data[88]; buffer[0][4] =   data[89]; buffer[0][5] =   data[90]; buffer[0][6] =  data[116]; buffer[0][7] =  data[117]; buffer[0][8] =  data[118];

        }
        if (partition ==  57) {
            buffer[0][0] =   data[61]; buffer[0][1] =   data[62]; buffer[0][2] =   data[63]; buffer[0][3] =   data[89]; buffer[0][4] =   data[90]; buffer[0][5] =   data[91]; buffer[0][6] =  data[117]; buffer[0][7] =  data[118]; buffer[0][8] =  data[119];

        }
        if (partition ==  58) {
            buffer[0][0] =   data[62]; buffer[0][1] =   data[63]; buffer[0][2] =   data[64]; buffer[0][3] =   data[90]; buffer[0][4] =   data[91]; buffer[0][5] =   data[92]; buffer[0][6] =  data[118]; buffer[0][7] =  data[119]; buffer[0][8] =  data[120];

        }
        if (partition ==  59) {
            buffer[0][0] =   data[63]; buffer[0][1] =   data[64]; buffer[0][2] =   data[65]; buffer[0][3] =   data[91]; buffer[0][4] =   data[92]; buffer[0][5] =   data[93]; buffer[0][6] =  data[119]; buffer[0][7] =  data[120]; buffer[0][8] =  data[121];

        }
        if (partition ==  60) {
            buffer[0][0] =   data[64]; buffer[0][1] =   data[65]; buffer[0][2] =   data[66]; buffer[0][3] =   data[92]; buffer[0][4] =   data[93]; buffer[0][5] =   data[94]; buffer[0][6] =  data[120]; buffer[0][7] =  data[121]; buffer[0][8] =  data[122];

        }
        if (partition ==  61) {
            buffer[0][0] =   data[65]; buffer[0][1] =   data[66]; buffer[0][2] =   data[67]; buffer[0][3] =   data[93]; buffer[0][4] =   data[94]; buffer[0][5] =   data[95]; buffer[0][6] =  data[121]; buffer[0][7] =  data[122]; buffer[0][8] =  data[123];

        }
        if (partition ==  62) {
            buffer[0][0] =   data[66]; buffer[0][1] =   data[67]; buffer[0][2] =   data[68]; buffer[0][3] =   data[94]; buffer[0][4] =   data[95]; buffer[0][5] =   data[96]; buffer[0][6] =  data[122]; buffer[0][7] =  data[123]; buffer[0][8] =  data[124];

        }
        if (partition ==  63) {
            buffer[0][0] =   data[67]; buffer[0][1] =   data[68]; buffer[0][2] =   data[69]; buffer[0][3] =   data[95]; buffer[0][4] =   data[96]; buffer[0][5] =   data[97]; buffer[0][6] =  data[123]; buffer[0][7] =  data[124]; buffer[0][8] =  data[125];

        }
        if (partition ==  64) {
            buffer[0][0] =   data[68]; buffer[0][1] =   data[69]; buffer[0][2] =   data[70]; buffer[0][3] =   data[96]; buffer[0][4] =   data[97]; buffer[0][5] =   data[98]; buffer[0][6] =  data[124]; buffer[0][7] =  data[125]; buffer[0][8] =  data[126];

        }
        if (partition ==  65) {
            buffer[0][0] =   data[69]; buffer[0][1] =   data[70]; buffer[0][2] =   data[71]; buffer[0][3] =   data[97]; buffer[0][4] =   data[98]; buffer[0][5] =   data[99]; buffer[0][6] =  data[125]; buffer[0][7] =  data[126]; buffer[0][8] =  data[127];

        }
        if (partition ==  66) {
            buffer[0][0] =   data[70]; buffer[0][1] =   data[71]; buffer[0][2] =   data[72]; buffer[0][3] =   data[98]; buffer[0][4] =   data[99]; buffer[0][5] =  data[100]; buffer[0][6] =  data[126]; buffer[0][7] =  data[127]; buffer[0][8] =  data[128];

        }
        if (partition ==  67) {
            buffer[0][0] =   data[71]; buffer[0][1] =   data[72]; buffer[0][2] =   data[73]; buffer[0][3] =   data[99]; buffer[0][4] =  data[100]; buffer[0][5] =  data[101]; buffer[0][6] =  data[127]; buffer[0][7] =  data[128]; buffer[0][8] =  data[129];

        }
        if (partition ==  68) {
            buffer[0][0] =   data[72]; buffer[0][1] =   data[73]; buffer[0][2] =   data[74]; buffer[0][3] =  data[100]; buffer[0][4] =  data[101]; buffer[0][5] =  data[102]; buffer[0][6] =  data[128]; buffer[0][7] =  data[129]; buffer[0][8] =  data[130];

        }
        if (partition ==  69) {
            buffer[0][0] =   data[73]; buffer[0][1] =   data[74]; buffer[0][2] =   data[75]; buffer[0][3] =  data[101]; buffer[0][4] =  data[102]; buffer[0][5] =  data[103]; buffer[0][6] =  data[129]; buffer[0][7] =  data[130]; buffer[0][8] =  data[131];

        }
        if (partition ==  70) {
            buffer[0][0] =   data[74]; buffer[0][1] =   data[75]; buffer[0][2] =   data[76]; buffer[0][3] =  data[102]; buffer[0][4] =  data[103]; buffer[0][5] =  data[104]; buffer[0][6] =  data[130]; buffer[0][7] =  data[131]; buffer[0][8] =  data[132];

        }
        if (partition ==  71) {
            buffer[0][0] =   data[75]; buffer[0][1] =   data[76]; buffer[0][2] =   data[77]; buffer[0][3] =  data[103]; buffer[0][4] =  data[104]; buffer[0][5] =  data[105]; buffer[0][6] =  data[131]; buffer[0][7] =  data[132]; buffer[0][8] =  data[133];

        }
        if (partition ==  72) {
            buffer[0][0] =   data[76]; buffer[0][1] =   data[77]; buffer[0][2] =   data[78]; buffer[0][3] =  data[104]; buffer[0][4] =  data[105]; buffer[0][5] =  data[106]; buffer[0][6] =  data[132]; buffer[0][7] =  data[133]; buffer[0][8] =  data[134];

        }
        if (partition ==  73) {
            buffer[0][0] =   data[77]; buffer[0][1] =   data[78]; buffer[0][2] =   data[79]; buffer[0][3] =  data[105]; buffer[0][4] =  data[106]; buffer[0][5] =  data[107]; buffer[0][6] =  data[133]; buffer[0][7] =  data[134]; buffer[0][8] =  data[135];

        }
        if (partition ==  74) {
            buffer[0][0] =   data[78]; buffer[0][1] =   data[79]; buffer[0][2] =   data[80]; buffer[0][3] =  data[106]; buffer[0][4] =  data[107]; buffer[0][5] =  data[108]; buffer[0][6] =  data[134]; buffer[0][7] =  data[135]; buffer[0][8] =  data[136];

        }
        if (partition ==  75) {
            buffer[0][0] =   data[79]; buffer[0][1] =   data[80]; buffer[0][2] =   data[81]; buffer[0][3] =  data[107]; buffer[0][4] =  data[108]; buffer[0][5] =  data[109]; buffer[0][6] =  data[135]; buffer[0][7] =  data[136]; buffer[0][8] =  data[137];

        }
        if (partition ==  76) {
            buffer[0][0] =   data[80]; buffer[0][1] =   data[81]; buffer[0][2] =   data[82]; buffer[0][3] =  data[108]; buffer[0][4] =  data[109]; buffer[0][5] =  data[110]; buffer[0][6] =  data[136]; buffer[0][7] =  data[137]; buffer[0][8] =  data[138];

        }
        if (partition ==  77) {
            buffer[0][0] =   data[81]; buffer[0][1] =   data[82]; buffer[0][2] =   data[83]; buffer[0][3] =  data[109]; buffer[0][4] =  data[110]; buffer[0][5] =  data[111]; buffer[0][6] =  data[137]; buffer[0][7] =  data[138]; buffer[0][8] =  data[139];

        }
        if (partition ==  78) {
            buffer[0][0] =   data[84]; buffer[0][1] =   data[85]; buffer[0][2] =   data[86]; buffer[0][3] =  data[112]; buffer[0][4] =  data[113]; buffer[0][5] =  data[114]; buffer[0][6] =  data[140]; buffer[0][7] =  data[141]; buffer[0][8] =  data[142];

        }
        if (partition ==  79) {
            buffer[0][0] =   data[85]; buffer[0][1] =   data[86]; buffer[0][2] =   data[87]; buffer[0][3] =  data[113]; buffer[0][4] =  data[114]; buffer[0][5] =  data[115]; buffer[0][6] =  data[141]; buffer[0][7] =  data[142]; buffer[0][8] =  data[143];

        }
        if (partition ==  80) {
            buffer[0][0] =   data[86]; buffer[0][1] =   data[87]; buffer[0][2] =   data[88]; buffer[0][3] =  data[114]; buffer[0][4] =  data[115]; buffer[0][5] =  data[116]; buffer[0][6] =  data[142]; buffer[0][7] =  data[143]; buffer[0][8] =  data[144];

        }
        if (partition ==  81) {
            buffer[0][0] =   data[87]; buffer[0][1] =   data[88]; buffer[0][2] =   data[89]; buffer[0][3] =  data[115]; buffer[0][4] =  data[116]; buffer[0][5] =  data[117]; buffer[0][6] =  data[143]; buffer[0][7] =  data[144]; buffer[0][8] =  data[145];

        }
        if (partition ==  82) {
            buffer[0][0] =   data[88]; buffer[0][1] =   data[89]; buffer[0][2] =   data[90]; buffer[0][3] =  data[116]; buffer[0][4] =  data[117]; buffer[0][5] =  data[118]; buffer[0][6] =  data[144]; buffer[0][7] =  data[145]; buffer[0][8] =  data[146];

        }
        if (partition ==  83) {
            buffer[0][0] =   data[89]; buffer[0][1] =   data[90]; buffer[0][2] =   data[91]; buffer[0][3] =  data[117]; buffer[0][4] =  data[118]; buffer[0][5] =  data[119]; buffer[0][6] =  data[145]; buffer[0][7] =  data[146]; buffer[0][8] =  data[147];

        }
        if (partition ==  84) {
            buffer[0][0] =   data[90]; buffer[0][1] =   data[91]; buffer[0][2] =   data[92]; buffer[0][3] =  data[118]; buffer[0][4] =  data[119]; buffer[0][5] =  data[120]; buffer[0][6] =  data[146]; buffer[0][7] =  data[147]; buffer[0][8] =  data[148];

        }
        if (partition ==  85) {
            buffer[0][0] =   data[91]; buffer[0][1] =   data[92]; buffer[0][2] =   data[93]; buffer[0][3] =  data[119]; buffer[0][4] =  data[120]; buffer[0][5] =  data[121]; buffer[0][6] =  data[147]; buffer[0][7] =  data[148]; buffer[0][8] =  data[149];

        }
        if (partition ==  86) {
            buffer[0][0] =   data[92]; buffer[0][1] =   data[93]; buffer[0][2] =   data[94]; buffer[0][3] =  data[120]; buffer[0][4] =  data[121]; buffer[0][5] =  data[122]; buffer[0][6] =  data[148]; buffer[0][7] =  data[149]; buffer[0][8] =  data[150];

        }
        if (partition ==  87) {
            buffer[0][0] =   data[93]; buffer[0][1] =   data[94]; buffer[0][2] =   data[95]; buffer[0][3] =  data[121]; buffer[0][4] =  data[122]; buffer[0][5] =  data[123]; buffer[0][6] =  data[149]; buffer[0][7] =  data[150]; buffer[0][8] =  data[151];

        }
        if (partition ==  88) {
            buffer[0][0] =   data[94]; buffer[0][1] =   data[95]; buffer[0][2] =   data[96]; buffer[0][3] =  data[122]; buffer[0][4] =  data[123]; buffer[0][5] =  data[124]; buffer[0][6] =  data[150]; buffer[0][7] =  data[151]; buffer[0][8] =  data[152];

        }
        if (partition ==  89) {
            buffer[0][0] =   data[95]; buffer[0][1] =   data[96]; buffer[0][2] =   data[97]; buffer[0][3] =  data[123]; buffer[0][4] =  data[124]; buffer[0][5] =  data[125]; buffer[0][6] =  data[151]; buffer[0][7] =  data[152]; buffer[0][8] =  data[153];

        }
        if (partition ==  90) {
            buffer[0][0] =   data[96]; buffer[0][1] =   data[97]; buffer[0][2] =   data[98]; buffer[0][3] =  data[124]; buffer[0][4] =  data[125]; buffer[0][5] =  data[126]; buffer[0][6] =  data[152]; buffer[0][7] =  data[153]; buffer[0][8] =  data[154];

        }
        if (partition ==  91) {
            buffer[0][0] =   data[97]; buffer[0][1] =   data[98]; buffer[0][2] =   data[99]; buffer[0][3] =  data[125]; buffer[0][4] =  data[126]; buffer[0][5] =  data[127]; buffer[0][6] =  data[153]; buffer[0][7] =  data[154]; buffer[0][8] =  data[155];

        }
        if (partition ==  92) {
            buffer[0][0] =   data[98]; buffer[0][1] =   data[99]; buffer[0][2] =  data[100]; buffer[0][3] =  data[126]; buffer[0][4] =  data[127]; buffer[0][5] =  data[128]; buffer[0][6] =  data[154]; buffer[0][7] =  data[155]; buffer[0][8] =  data[156];

        }
        if (partition ==  93) {
            buffer[0][0] =   data[99]; buffer[0][1] =  data[100]; buffer[0][2] =  data[101]; buffer[0][3] =  data[127]; buffer[0][4] =  data[128]; buffer[0][5] =  data[129]; buffer[0][6] =  data[155]; buffer[0][7] =  data[156]; buffer[0][8] =  data[157];

        }
        if (partition ==  94) {
            buffer[0][0] =  data[100]; buffer[0][1] =  data[101]; buffer[0][2] =  data[102]; buffer[0][3] =  data[128]; buffer[0][4] =  data[129]; buffer[0][5] =  data[130]; buffer[0][6] =  data[156]; buffer[0][7] =  data[157]; buffer[0][8] =  data[158];

        }
        if (partition ==  95) {
            buffer[0][0] =  data[101]; buffer[0][1] =  data[102]; buffer[0][2] =  data[103]; buffer[0][3] =  data[129]; buffer[0][4] =  data[130]; buffer[0][5] =  data[131]; buffer[0][6] =  data[157]; buffer[0][7] =  data[158]; buffer[0][8] =  data[159];

        }
        if (partition ==  96) {
            buffer[0][0] =  data[102]; buffer[0][1] =  data[103]; buffer[0][2] =  data[104]; buffer[0][3] =  data[130]; buffer[0][4] =  data[131]; buffer[0][5] =  data[132]; buffer[0][6] =  data[158]; buffer[0][7] =  data[159]; buffer[0][8] =  data[160];

        }
        if (partition ==  97) {
            buffer[0][0] =  data[103]; buffer[0][1] =  data[104]; buffer[0][2] =  data[105]; buffer[0][3] =  data[131]; buffer[0][4] =  data[132]; buffer[0][5] =  data[133]; buffer[0][6] =  data[159]; buffer[0][7] =  data[160]; buffer[0][8] =  data[161];

        }
        if (partition ==  98) {
            buffer[0][0] =  data[104]; buffer[0][1] =  data[105]; buffer[0][2] =  data[106]; buffer[0][3] =  data[132]; buffer[0][4] =  data[133]; buffer[0][5] =  data[134]; buffer[0][6] =  data[160]; buffer[0][7] =  data[161]; buffer[0][8] =  data[162];

        }
        if (partition ==  99) {
            buffer[0][0] =  data[105]; buffer[0][1] =  data[106]; buffer[0][2] =  data[107]; buffer[0][3] =  data[133]; buffer[0][4] =  data[134]; buffer[0][5] =  data[135]; buffer[0][6] =  data[161]; buffer[0][7] =  data[162]; buffer[0][8] =  data[163];

        }
        if (partition == 100) {
            buffer[0][0] =  data[106]; buffer[0][1] =  data[107]; buffer[0][2] =  data[108]; buffer[0][3] =  data[134]; buffer[0][4] =  data[135]; buffer[0][5] =  data[136]; buffer[0][6] =  data[162]; buffer[0][7] =  data[163]; buffer[0][8] =  data[164];

        }
        if (partition == 101) {
            buffer[0][0] =  data[107]; buffer[0][1] =  data[108]; buffer[0][2] =  data[109]; buffer[0][3] =  data[135]; buffer[0][4] =  data[136]; buffer[0][5] =  data[137]; buffer[0][6] =  data[163]; buffer[0][7] =  data[164]; buffer[0][8] =  data[165];

        }
        if (partition == 102) {
            buffer[0][0] =  data[108]; buffer[0][1] =  data[109]; buffer[0][2] =  data[110]; buffer[0][3] =  data[136]; buffer[0][4] =  data[137]; buffer[0][5] =  data[138]; buffer[0][6] =  data[164]; buffer[0][7] =  data[165]; buffer[0][8] =  data[166];

        }
        if (partition == 103) {
            buffer[0][0] =  data[109]; buffer[0][1] =  data[110]; buffer[0][2] =  data[111]; buffer[0][3] =  data[137]; buffer[0][4] =  data[138]; buffer[0][5] =  data[139]; buffer[0][6] =  data[165]; buffer[0][7] =  data[166]; buffer[0][8] =  data[167];

        }
        if (partition == 104) {
            buffer[0][0] =  data[112]; buffer[0][1] =  data[113]; buffer[0][2] =  data[114]; buffer[0][3] =  data[140]; buffer[0][4] =  data[141]; buffer[0][5] =  data[142]; buffer[0][6] =  data[168]; buffer[0][7] =  data[169]; buffer[0][8] =  data[170];

        }
        if (partition == 105) {
            buffer[0][0] =  data[113]; buffer[0][1] =  data[114]; buffer[0][2] =  data[115]; buffer[0][3] =  data[141]; buffer[0][4] =  data[142]; buffer[0][5] =  data[143]; buffer[0][6] =  data[169]; buffer[0][7] =  data[170]; buffer[0][8] =  data[171];

        }
        if (partition == 106) {
            buffer[0][0] =  data[114]; buffer[0][1] =  data[115]; buffer[0][2] =  data[116]; buffer[0][3] =  data[142]; buffer[0][4] =  data[143]; buffer[0][5] =  data[144]; buffer[0][6] =  data[170]; buffer[0][7] =  data[171]; buffer[0][8] =  data[172];

        }
        if (partition == 107) {
            buffer[0][0] =  data[115]; buffer[0][1] =  data[116]; buffer[0][2] =  data[117]; buffer[0][3] =  data[143]; buffer[0][4] =  data[144]; buffer[0][5] =  data[145]; buffer[0][6] =  data[171]; buffer[0][7] =  data[172]; buffer[0][8] =  data[173];

        }
        if (partition == 108) {
            buffer[0][0] =  data[116]; buffer[0][1] =  data[117]; buffer[0][2] =  data[118]; buffer[0][3] =  data[144]; buffer[0][4] =  data[145]; buffer[0][5] =  data[146]; buffer[0][6] =  data[172]; buffer[0][7] =  data[173]; buffer[0][8] =  data[174];

        }
        if (partition == 109) {
            buffer[0][0] =  data[117]; buffer[0][1] =  data[118]; buffer[0][2] =  data[119]; buffer[0][3] =  data[145]; buffer[0][4] =  data[146]; buffer[0][5] =  data[147]; buffer[0][6] =  data[173]; buffer[0][7] =  data[174]; buffer[0][8] =  data[175];

        }
        if (partition == 110) {
            buffer[0][0] =  data[118]; buffer[0][1] =  data[119]; buffer[0][2] =  data[120]; buffer[0][3] =  data[146]; buffer[0][4] =  data[147]; buffer[0][5] =  data[148]; buffer[0][6] =  data[174]; buffer[0][7] =  data[175]; buffer[0][8] =  data[176];

        }
        if (partition == 111) {
            buffer[0][0] =  data[119]; buffer[0][1] =  data[120]; buffer[0][2] =  data[121]; buffer[0][3] =  data[147]; buffer[0][4] =  data[148]; buffer[0][5] =  data[149]; buffer[0][6] =  data[175]; buffer[0][7] =  data[176]; buffer[0][8] =  data[177];

        }
        if (partition == 112) {
            buffer[0][0] =  data[120]; buffer[0][1] =  data[121]; buffer[0][2] =  data[122]; buffer[0][3] =  data[148]; buffer[0][4] =  data[149]; buffer[0][5] =  data[150]; buffer[0][6] =  data[176]; buffer[0][7] =  data[177]; buffer[0][8] =  data[178];

        }
        if (partition == 113) {
            buffer[0][0] =  data[121]; buffer[0][1] =  data[122]; buffer[0][2] =  data[123]; buffer[0][3] =  data[149]; buffer[0][4] =  data[150]; buffer[0][5] =  data[151]; buffer[0][6] =  data[177]; buffer[0][7] =  data[178]; buffer[0][8] =  data[179];

        }
        if (partition == 114) {
            buffer[0][0] =  data[122]; buffer[0][1] =  data[123]; buffer[0][2] =  data[124]; buffer[0][3] =  data[150]; buffer[0][4] =  data[151]; buffer[0][5] =  data[152]; buffer[0][6] =  data[178]; buffer[0][7] =  data[179]; buffer[0][8] =  data[180];

        }
        if (partition == 115) {
            buffer[0][0] =  data[123]; buffer[0][1] =  data[124]; buffer[0][2] =  data[125]; buffer[0][3] =  data[151]; buffer[0][4] =  data[152]; buffer[0][5] =  data[153]; buffer[0][6] =  data[179]; buffer[0][7] =  data[180]; buffer[0][8] =  data[181];

        }
        if (partition == 116) {
            buffer[0][0] =  data[124]; buffer[0][1] =  data[125]; buffer[0][2] =  data[126]; buffer[0][3] =  data[152]; buffer[0][4] =  data[153]; buffer[0][5] =  data[154]; buffer[0][6] =  data[180]; buffer[0][7] =  data[181]; buffer[0][8] =  data[182];

        }
        if (partition == 117) {
            buffer[0][0] =  data[125]; buffer[0][1] =  data[126]; buffer[0][2] =  data[127]; buffer[0][3] =  data[153]; buffer[0][4] =  data[154]; buffer[0][5] =  data[155]; buffer[0][6] =  data[181]; buffer[0][7] =  data[182]; buffer[0][8] =  data[183];

        }
        if (partition == 118) {
            buffer[0][0] =  data[126]; buffer[0][1] =  data[127]; buffer[0][2] =  data[128]; buffer[0][3] =  data[154]; buffer[0][4] =  data[155]; buffer[0][5] =  data[156]; buffer[0][6] =  data[182]; buffer[0][7] =  data[183]; buffer[0][8] =  data[184];

        }
        if (partition == 119) {
            buffer[0][0] =  data[127]; buffer[0][1] =  data[128]; buffer[0][2] =  data[129]; buffer[0][3] =  data[155]; buffer[0][4] =  data[156]; buffer[0][5] =  data[157]; buffer[0][6] =  data[183]; buffer[0][7] =  data[184]; buffer[0][8] =  data[185];

        }
        if (partition == 120) {
            buffer[0][0] =  data[128]; buffer[0][1] =  data[129]; buffer[0][2] =  data[130]; buffer[0][3] =  data[156]; buffer[0][4] =  data[157]; buffer[0][5] =  data[158]; buffer[0][6] =  data[184]; buffer[0][7] =  data[185]; buffer[0][8] =  data[186];

        }
        if (partition == 121) {
            buffer[0][0] =  data[129]; buffer[0][1] =  data[130]; buffer[0][2] =  data[131]; buffer[0][3] =  data[157]; buffer[0][4] =  data[158]; buffer[0][5] =  data[159]; buffer[0][6] =  data[185]; buffer[0][7] =  data[186]; buffer[0][8] =  data[187];

        }
        if (partition == 122) {
            buffer[0][0] =  data[130]; buffer[0][1] =  data[131]; buffer[0][2] =  data[132]; buffer[0][3] =  data[158]; buffer[0][4] =  data[159]; buffer[0][5] =  data[160]; buffer[0][6] =  data[186]; buffer[0][7] =  data[187]; buffer[0][8] =  data[188];

        }
        if (partition == 123) {
            buffer[0][0] =  data[131]; buffer[0][1] =  data[132]; buffer[0][2] =  data[133]; buffer[0][3] =  data[159]; buffer[0][4] =  data[160]; buffer[0][5] =  data[161]; buffer[0][6] =  data[187]; buffer[0][7] =  data[188]; buffer[0][8] =  data[189];

        }
        if (partition == 124) {
            buffer[0][0] =  data[132]; buffer[0][1] =  data[133]; buffer[0][2] =  data[134]; buffer[0][3] =  data[160]; buffer[0][4] =  data[161]; buffer[0][5] =  data[162]; buffer[0][6] =  data[188]; buffer[0][7] =  data[189]; buffer[0][8] =  data[190];

        }
        if (partition == 125) {
            buffer[0][0] =  data[133]; buffer[0][1] =  data[134]; buffer[0][2] =  data[135]; buffer[0][3] =  data[161]; buffer[0][4] =  data[162]; buffer[0][5] =  data[163]; buffer[0][6] =  data[189]; buffer[0][7] =  data[190]; buffer[0][8] =  data[191];

        }
        if (partition == 126) {
            buffer[0][0] =  data[134]; buffer[0][1] =  data[135]; buffer[0][2] =  data[136]; buffer[0][3] =  data[162]; buffer[0][4] =  data[163]; buffer[0][5] =  data[164]; buffer[0][6] =  data[190]; buffer[0][7] =  data[191]; buffer[0][8] =  data[192];

        }
        if (partition == 127) {
            buffer[0][0] =  data[135]; buffer[0][1] =  data[136]; buffer[0][2] =  data[137]; buffer[0][3] =  data[163]; buffer[0][4] =  data[164]; buffer[0][5] =  data[165]; buffer[0][6] =  data[191]; buffer[0][7] =  data[192]; buffer[0][8] =  data[193];

        }
        if (partition == 128) {
            buffer[0][0] =  data[136]; buffer[0][1] =  data[137]; buffer[0][2] =  data[138]; buffer[0][3] =  data[164]; buffer[0][4] =  data[165]; buffer[0][5] =  data[166]; buffer[0][6] =  data[192]; buffer[0][7] =  data[193]; buffer[0][8] =  data[194];

        }
        if (partition == 129) {
            buffer[0][0] =  data[137]; buffer[0][1] =  data[138]; buffer[0][2] =  data[139]; buffer[0][3] =  data[165]; buffer[0][4] =  data[166]; buffer[0][5] =  data[167]; buffer[0][6] =  data[193]; buffer[0][7] =  data[194]; buffer[0][8] =  data[195];

        }
        if (partition == 130) {
            buffer[0][0] =  data[140]; buffer[0][1] =  data[141]; buffer[0][2] =  data[142]; buffer[0][3] =  data[168]; buffer[0][4] =  data[169]; buffer[0][5] =  data[170]; buffer[0][6] =  data[196]; buffer[0][7] =  data[197]; buffer[0][8] =  data[198];

        }
        if (partition == 131) {
            buffer[0][0] =  data[141]; buffer[0][1] =  data[142]; buffer[0][2] =  data[143]; buffer[0][3] =  data[169]; buffer[0][4] =  data[170]; buffer[0][5] =  data[171]; buffer[0][6] =  data[197]; buffer[0][7] =  data[198]; buffer[0][8] =  data[199];

        }
        if (partition == 132) {
            buffer[0][0] =  data[142]; buffer[0][1] =  data[143]; buffer[0][2] =  data[144]; buffer[0][3] =  data[170]; buffer[0][4] =  data[171]; buffer[0][5] =  data[172]; buffer[0][6] =  data[198]; buffer[0][7] =  data[199]; buffer[0][8] =  data[200];

        }
        if (partition == 133) {
            buffer[0][0] =  data[143]; buffer[0][1] =  data[144]; buffer[0][2] =  data[145]; buffer[0][3] =  data[171]; buffer[0][4] =  data[172]; buffer[0][5] =  data[173]; buffer[0][6] =  data[199]; buffer[0][7] =  data[200]; buffer[0][8] =  data[201];

        }
        if (partition == 134) {
            buffer[0][0] =  data[144]; buffer[0][1] =  data[145]; buffer[0][2] =  data[146]; buffer[0][3] =  data[172]; buffer[0][4] =  data[173]; buffer[0][5] =  data[174]; buffer[0][6] =  data[200]; buffer[0][7] =  data[201]; buffer[0][8] =  data[202];

        }
        if (partition == 135) {
            buffer[0][0] =  data[145]; buffer[0][1] =  data[146]; buffer[0][2] =  data[147]; buffer[0][3] =  data[173]; buffer[0][4] =  data[174]; buffer[0][5] =  data[175]; buffer[0][6] =  data[201]; buffer[0][7] =  data[202]; buffer[0][8] =  data[203];

        }
        if (partition == 136) {
            buffer[0][0] =  data[146]; buffer[0][1] =  data[147]; buffer[0][2] =  data[148]; buffer[0][3] =  data[174]; buffer[0][4] =  data[175]; buffer[0][5] =  data[176]; buffer[0][6] =  data[202]; buffer[0][7] =  data[203]; buffer[0][8] =  data[204];

        }
        if (partition == 137) {
            buffer[0][0] =  data[147]; buffer[0][1] =  data[148]; buffer[0][2] =  data[149]; buffer[0][3] =  data[175]; buffer[0][4] =  data[176]; buffer[0][5] =  data[177]; buffer[0][6] =  data[203]; buffer[0][7] =  data[204]; buffer[0][8] =  data[205];

        }
        if (partition == 138) {
            buffer[0][0] =  data[148]; buffer[0][1] =  data[149]; buffer[0][2] =  data[150]; buffer[0][3] =  data[176]; buffer[0][4] =  data[177]; buffer[0][5] =  data[178]; buffer[0][6] =  data[204]; buffer[0][7] =  data[205]; buffer[0][8] =  data[206];

        }
        if (partition == 139) {
            buffer[0][0] =  data[149]; buffer[0][1] =  data[150]; buffer[0][2] =  data[151]; buffer[0][3] =  data[177]; buffer[0][4] =  data[178]; buffer[0][5] =  data[179]; buffer[0][6] =  data[205]; buffer[0][7] =  data[206]; buffer[0][8] =  data[207];

        }
        if (partition == 140) {
            buffer[0][0] =  data[150]; buffer[0][1] =  data[151]; buffer[0][2] =  data[152]; buffer[0][3] =  data[178]; buffer[0][4] =  data[179]; buffer[0][5] =  data[180]; buffer[0][6] =  data[206]; buffer[0][7] =  data[207]; buffer[0][8] =  data[208];

        }
        if (partition == 141) {
            buffer[0][0] =  data[151]; buffer[0][1] =  data[152]; buffer[0][2] =  data[153]; buffer[0][3] =  data[179]; buffer[0][4] =  data[180]; buffer[0][5] =  data[181]; buffer[0][6] =  data[207]; buffer[0][7] =  data[208]; buffer[0][8] =  data[209];

        }
        if (partition == 142) {
            buffer[0][0] =  data[152]; buffer[0][1] =  data[153]; buffer[0][2] =  data[154]; buffer[0][3] =  data[180]; buffer[0][4] =  data[181]; buffer[0][5] =  data[182]; buffer[0][6] =  data[208]; buffer[0][7] =  data[209]; buffer[0][8] =  data[210];

        }
        if (partition == 143) {
            buffer[0][0] =  data[153]; buffer[0][1] =  data[154]; buffer[0][2] =  data[155]; buffer[0][3] =  data[181]; buffer[0][4] =  data[182]; buffer[0][5] =  data[183]; buffer[0][6] =  data[209]; buffer[0][7] =  data[210]; buffer[0][8] =  data[211];

        }
        if (partition == 144) {
            buffer[0][0] =  data[154]; buffer[0][1] =  data[155]; buffer[0][2] =  data[156]; buffer[0][3] =  data[182]; buffer[0][4] =  data[183]; buffer[0][5] =  data[184]; buffer[0][6] =  data[210]; buffer[0][7] =  data[211]; buffer[0][8] =  data[212];

        }
        if (partition == 145) {
            buffer[0][0] =  data[155]; buffer[0][1] =  data[156]; buffer[0][2] =  data[157]; buffer[0][3] =  data[183]; buffer[0][4] =  data[184]; buffer[0][5] =  data[185]; buffer[0][6] =  data[211]; buffer[0][7] =  data[212]; buffer[0][8] =  data[213];

        }
        if (partition == 146) {
            buffer[0][0] =  data[156]; buffer[0][1] =  data[157]; buffer[0][2] =  data[158]; buffer[0][3] =  data[184]; buffer[0][4] =  data[185]; buffer[0][5] =  data[186]; buffer[0][6] =  data[212]; buffer[0][7] =  data[213]; buffer[0][8] =  data[214];

        }
        if (partition == 147) {
            buffer[0][0] =  data[157]; buffer[0][1] =  data[158]; buffer[0][2] =  data[159]; buffer[0][3] =  data[185]; buffer[0][4] =  data[186]; buffer[0][5] =  data[187]; buffer[0][6] =  data[213]; buffer[0][7] =  data[214]; buffer[0][8] =  data[215];

        }
        if (partition == 148) {
            buffer[0][0] =  data[158]; buffer[0][1] =  data[159]; buffer[0][2] =  data[160]; buffer[0][3] =  data[186]; buffer[0][4] =  data[187]; buffer[0][5] =  data[188]; buffer[0][6] =  data[214]; buffer[0][7] =  data[215]; buffer[0][8] =  data[216];

        }
        if (partition == 149) {
            buffer[0][0] =  data[159]; buffer[0][1] =  data[160]; buffer[0][2] =  data[161]; buffer[0][3] =  data[187]; buffer[0][4] =  data[188]; buffer[0][5] =  data[189]; buffer[0][6] =  data[215]; buffer[0][7] =  data[216]; buffer[0][8] =  data[217];

        }
        if (partition == 150) {
            buffer[0][0] =  data[160]; buffer[0][1] =  data[161]; buffer[0][2] =  data[162]; buffer[0][3] =  data[188]; buffer[0][4] =  data[189]; buffer[0][5] =  data[190]; buffer[0][6] =  data[216]; buffer[0][7] =  data[217]; buffer[0][8] =  data[218];

        }
        if (partition == 151) {
            buffer[0][0] =  data[161]; buffer[0][1] =  data[162]; buffer[0][2] =  data[163]; buffer[0][3] =  data[189]; buffer[0][4] =  data[190]; buffer[0][5] =  data[191]; buffer[0][6] =  data[217]; buffer[0][7] =  data[218]; buffer[0][8] =  data[219];

        }
        if (partition == 152) {
            buffer[0][0] =  data[162]; buffer[0][1] =  data[163]; buffer[0][2] =  data[164]; buffer[0][3] =  data[190]; buffer[0][4] =  data[191]; buffer[0][5] =  data[192]; buffer[0][6] =  data[218]; buffer[0][7] =  data[219]; buffer[0][8] =  data[220];

        }
        if (partition == 153) {
            buffer[0][0] =  data[163]; buffer[0][1] =  data[164]; buffer[0][2] =  data[165]; buffer[0][3] =  data[191]; buffer[0][4] =  data[192]; buffer[0][5] =  data[193]; buffer[0][6] =  data[219]; buffer[0][7] =  data[220]; buffer[0][8] =  data[221];

        }
        if (partition == 154) {
            buffer[0][0] =  data[164]; buffer[0][1] =  data[165]; buffer[0][2] =  data[166]; buffer[0][3] =  data[192]; buffer[0][4] =  data[193]; buffer[0][5] =  data[194]; buffer[0][6] =  data[220]; buffer[0][7] =  data[221]; buffer[0][8] =  data[222];

        }
        if (partition == 155) {
            buffer[0][0] =  data[165]; buffer[0][1] =  data[166]; buffer[0][2] =  data[167]; buffer[0][3] =  data[193]; buffer[0][4] =  data[194]; buffer[0][5] =  data[195]; buffer[0][6] =  data[221]; buffer[0][7] =  data[222]; buffer[0][8] =  data[223];

        }
        if (partition == 156) {
            buffer[0][0] =  data[168]; buffer[0][1] =  data[169]; buffer[0][2] =  data[170]; buffer[0][3] =  data[196]; buffer[0][4] =  data[197]; buffer[0][5] =  data[198]; buffer[0][6] =  data[224]; buffer[0][7] =  data[225]; buffer[0][8] =  data[226];

        }
        if (partition == 157) {
            buffer[0][0] =  data[169]; buffer[0][1] =  data[170]; buffer[0][2] =  data[171]; buffer[0][3] =  data[197]; buffer[0][4] =  data[198]; buffer[0][5] =  data[199]; buffer[0][6] =  data[225]; buffer[0][7] =  data[226]; buffer[0][8] =  data[227];

        }
        if (partition == 158) {
            buffer[0][0] =  data[170]; buffer[0][1] =  data[171]; buffer[0][2] =  data[172]; buffer[0][3] =  data[198]; buffer[0][4] =  data[199]; buffer[0][5] =  data[200]; buffer[0][6] =  data[226]; buffer[0][7] =  data[227]; buffer[0][8] =  data[228];

        }
        if (partition == 159) {
            buffer[0][0] =  data[171]; buffer[0][1] =  data[172]; buffer[0][2] =  data[173]; buffer[0][3] =  data[199]; buffer[0][4] =  data[200]; buffer[0][5] =  data[201]; buffer[0][6] =  data[227]; buffer[0][7] =  data[228]; buffer[0][8] =  data[229];

        }
        if (partition == 160) {
            buffer[0][0] =  data[172]; buffer[0][1] =  data[173]; buffer[0][2] =  data[174]; buffer[0][3] =  data[200]; buffer[0][4] =  data[201]; buffer[0][5] =  data[202]; buffer[0][6] =  data[228]; buffer[0][7] =  data[229]; buffer[0][8] =  data[230];

        }
        if (partition == 161) {
            buffer[0][0] =  data[173]; buffer[0][1] =  data[174]; buffer[0][2] =  data[175]; buffer[0][3] =  data[201]; buffer[0][4] =  data[202]; buffer[0][5] =  data[203]; buffer[0][6] =  data[229]; buffer[0][7] =  data[230]; buffer[0][8] =  data[231];

        }
        if (partition == 162) {
            buffer[0][0] =  data[174]; buffer[0][1] =  data[175]; buffer[0][2] =  data[176]; buffer[0][3] =  data[202]; buffer[0][4] =  data[203]; buffer[0][5] =  data[204]; buffer[0][6] =  data[230]; buffer[0][7] =  data[231]; buffer[0][8] =  data[232];

        }
        if (partition == 163) {
            buffer[0][0] =  data[175]; buffer[0][1] =  data[176]; buffer[0][2] =  data[177]; buffer[0][3] =  data[203]; buffer[0][4] =  data[204]; buffer[0][5] =  data[205]; buffer[0][6] =  data[231]; buffer[0][7] =  data[232]; buffer[0][8] =  data[233];

        }
        if (partition == 164) {
            buffer[0][0] =  data[176]; buffer[0][1] =  data[177]; buffer[0][2] =  data[178]; buffer[0][3] =  data[204]; buffer[0][4] =  data[205]; buffer[0][5] =  data[206]; buffer[0][6] =  data[232]; buffer[0][7] =  data[233]; buffer[0][8] =  data[234];

        }
        if (partition == 165) {
            buffer[0][0] =  data[177]; buffer[0][1] =  data[178]; buffer[0][2] =  data[179]; buffer[0][3] =  data[205]; buffer[0][4] =  data[206]; buffer[0][5] =  data[207]; buffer[0][6] =  data[233]; buffer[0][7] =  data[234]; buffer[0][8] =  data[235];

        }
        if (partition == 166) {
            buffer[0][0] =  data[178]; buffer[0][1] =  data[179]; buffer[0][2] =  data[180]; buffer[0][3] =  data[206]; buffer[0][4] =  data[207]; buffer[0][5] =  data[208]; buffer[0][6] =  data[234]; buffer[0][7] =  data[235]; buffer[0][8] =  data[236];

        }
        if (partition == 167) {
            buffer[0][0] =  data[179]; buffer[0][1] =  data[180]; buffer[0][2] =  data[181]; buffer[0][3] =  data[207]; buffer[0][4] =  data[208]; buffer[0][5] =  data[209]; buffer[0][6] =  data[235]; buffer[0][7] =  data[236]; buffer[0][8] =  data[237];

        }
        if (partition == 168) {
            buffer[0][0] =  data[180]; buffer[0][1] =  data[181]; buffer[0][2] =  data[182]; buffer[0][3] =  data[208]; buffer[0][4] =  data[209]; buffer[0][5] =  data[210]; buffer[0][6] =  data[236]; buffer[0][7] =  data[237]; buffer[0][8] =  data[238];

        }
        if (partition == 169) {
            buffer[0][0] =  data[181]; buffer[0][1] =  data[182]; buffer[0][2] =  data[183]; buffer[0][3] =  data[209]; buffer[0][4] =  data[210]; buffer[0][5] =  data[211]; buffer[0][6] =  data[237]; buffer[0][7] =  data[238]; buffer[0][8] =  data[239];

        }
        if (partition == 170) {
            buffer[0][0] =  data[182]; buffer[0][1] =  data[183]; buffer[0][2] =  data[184]; buffer[0][3] =  data[210]; buffer[0][4] =  data[211]; buffer[0][5] =  data[212]; buffer[0][6] =  data[238]; buffer[0][7] =  data[239]; buffer[0][8] =  data[240];

        }
        if (partition == 171) {
            buffer[0][0] =  data[183]; buffer[0][1] =  data[184]; buffer[0][2] =  data[185]; buffer[0][3] =  data[211]; buffer[0][4] =  data[212]; buffer[0][5] =  data[213]; buffer[0][6] =  data[239]; buffer[0][7] =  data[240]; buffer[0][8] =  data[241];

        }
        if (partition == 172) {
            buffer[0][0] =  data[184]; buffer[0][1] =  data[185]; buffer[0][2] =  data[186]; buffer[0][3] =  data[212]; buffer[0][4] =  data[213]; buffer[0][5] =  data[214]; buffer[0][6] =  data[240]; buffer[0][7] =  data[241]; buffer[0][8] =  data[242];

        }
        if (partition == 173) {
            buffer[0][0] =  data[185]; buffer[0][1] =  data[186]; buffer[0][2] =  data[187]; buffer[0][3] =  data[213]; buffer[0][4] =  data[214]; buffer[0][5] =  data[215]; buffer[0][6] =  data[241]; buffer[0][7] =  data[242]; buffer[0][8] =  data[243];

        }
        if (partition == 174) {
            buffer[0][0] =  data[186]; buffer[0][1] =  data[187]; buffer[0][2] =  data[188]; buffer[0][3] =  data[214]; buffer[0][4] =  data[215]; buffer[0][5] =  data[216]; buffer[0][6] =  data[242]; buffer[0][7] =  data[243]; buffer[0][8] =  data[244];

        }
        if (partition == 175) {
            buffer[0][0] =  data[187]; buffer[0][1] =  data[188]; buffer[0][2] =  data[189]; buffer[0][3] =  data[215]; buffer[0][4] =  data[216]; buffer[0][5] =  data[217]; buffer[0][6] =  data[243]; buffer[0][7] =  data[244]; buffer[0][8] =  data[245];

        }
        if (partition == 176) {
            buffer[0][0] =  data[188]; buffer[0][1] =  data[189]; buffer[0][2] =  data[190]; buffer[0][3] =  data[216]; buffer[0][4] =  data[217]; buffer[0][5] =  data[218]; buffer[0][6] =  data[244]; buffer[0][7] =  data[245]; buffer[0][8] =  data[246];

        }
        if (partition == 177) {
            buffer[0][0] =  data[189]; buffer[0][1] =  data[190]; buffer[0][2] =  data[191]; buffer[0][3] =  data[217]; buffer[0][4] =  data[218]; buffer[0][5] =  data[219]; buffer[0][6] =  data[245]; buffer[0][7] =  data[246]; buffer[0][8] =  data[247];

        }
        if (partition == 178) {
            buffer[0][0] =  data[190]; buffer[0][1] =  data[191]; buffer[0][2] =  data[192]; buffer[0][3] =  data[218]; buffer[0][4] =  data[219]; buffer[0][5] =  data[220]; buffer[0][6] =  data[246]; buffer[0][7] =  data[247]; buffer[0][8] =  data[248];

        }
        if (partition == 179) {
            buffer[0][0] =  data[191]; buffer[0][1] =  data[192]; buffer[0][2] =  data[193]; buffer[0][3] =  data[219]; buffer[0][4] =  data[220]; buffer[0][5] =  data[221]; buffer[0][6] =  data[247]; buffer[0][7] =  data[248]; buffer[0][8] =  data[249];

        }
        if (partition == 180) {
            buffer[0][0] =  data[192]; buffer[0][1] =  data[193]; buffer[0][2] =  data[194]; buffer[0][3] =  data[220]; buffer[0][4] =  data[221]; buffer[0][5] =  data[222]; buffer[0][6] =  data[248]; buffer[0][7] =  data[249]; buffer[0][8] =  data[250];

        }
        if (partition == 181) {
            buffer[0][0] =  data[193]; buffer[0][1] =  data[194]; buffer[0][2] =  data[195]; buffer[0][3] =  data[221]; buffer[0][4] =  data[222]; buffer[0][5] =  data[223]; buffer[0][6] =  data[249]; buffer[0][7] =  data[250]; buffer[0][8] =  data[251];

        }
        if (partition == 182) {
            buffer[0][0] =  data[196]; buffer[0][1] =  data[197]; buffer[0][2] =  data[198]; buffer[0][3] =  data[224]; buffer[0][4] =  data[225]; buffer[0][5] =  data[226]; buffer[0][6] =  data[252]; buffer[0][7] =  data[253]; buffer[0][8] =  data[254];

        }
        if (partition == 183) {
            buffer[0][0] =  data[197]; buffer[0][1] =  data[198]; buffer[0][2] =  data[199]; buffer[0][3] =  data[225]; buffer[0][4] =  data[226]; buffer[0][5] =  data[227]; buffer[0][6] =  data[253]; buffer[0][7] =  data[254]; buffer[0][8] =  data[255];

        }
        if (partition == 184) {
            buffer[0][0] =  data[198]; buffer[0][1] =  data[199]; buffer[0][2] =  data[200]; buffer[0][3] =  data[226]; buffer[0][4] =  data[227]; buffer[0][5] =  data[228]; buffer[0][6] =  data[254]; buffer[0][7] =  data[255]; buffer[0][8] =  data[256];

        }
        if (partition == 185) {
            buffer[0][0] =  data[199]; buffer[0][1] =  data[200]; buffer[0][2] =  data[201]; buffer[0][3] =  data[227]; buffer[0][4] =  data[228]; buffer[0][5] =  data[229]; buffer[0][6] =  data[255]; buffer[0][7] =  data[256]; buffer[0][8] =  data[257];

        }
        if (partition == 186) {
            buffer[0][0] =  data[200]; buffer[0][1] =  data[201]; buffer[0][2] =  data[202]; buffer[0][3] =  data[228]; buffer[0][4] =  data[229]; buffer[0][5] =  data[230]; buffer[0][6] =  data[256]; buffer[0][7] =  data[257]; buffer[0][8] =  data[258];

        }
        if (partition == 187) {
            buffer[0][0] =  data[201]; buffer[0][1] =  data[202]; buffer[0][2] =  data[203]; buffer[0][3] =  data[229]; buffer[0][4] =  data[230]; buffer[0][5] =  data[231]; buffer[0][6] =  data[257]; buffer[0][7] =  data[258]; buffer[0][8] =  data[259];

        }
        if (partition == 188) {
            buffer[0][0] =  data[202]; buffer[0][1] =  data[203]; buffer[0][2] =  data[204]; buffer[0][3] =  data[230]; buffer[0][4] =  data[231]; buffer[0][5] =  data[232]; buffer[0][6] =  data[258]; buffer[0][7] =  data[259]; buffer[0][8] =  data[260];

        }
        if (partition == 189) {
            buffer[0][0] =  data[203]; buffer[0][1] =  data[204]; buffer[0][2] =  data[205]; buffer[0][3] =  data[231]; buffer[0][4] =  data[232]; buffer[0][5] =  data[233]; buffer[0][6] =  data[259]; buffer[0][7] =  data[260]; buffer[0][8] =  data[261];

        }
        if (partition == 190) {
            buffer[0][0] =  data[204]; buffer[0][1] =  data[205]; buffer[0][2] =  data[206]; buffer[0][3] =  data[232]; buffer[0][4] =  data[233]; buffer[0][5] =  data[234]; buffer[0][6] =  data[260]; buffer[0][7] =  data[261]; buffer[0][8] =  data[262];

        }
        if (partition == 191) {
            buffer[0][0] =  data[205]; buffer[0][1] =  data[206]; buffer[0][2] =  data[207]; buffer[0][3] =  data[233]; buffer[0][4] =  data[234]; buffer[0][5] =  data[235]; buffer[0][6] =  data[261]; buffer[0][7] =  data[262]; buffer[0][8] =  data[263];

        }
        if (partition == 192) {
            buffer[0][0] =  data[206]; buffer[0][1] =  data[207]; buffer[0][2] =  data[208]; buffer[0][3] =  data[234]; buffer[0][4] =  data[235]; buffer[0][5] =  data[236]; buffer[0][6] =  data[262]; buffer[0][7] =  data[263]; buffer[0][8] =  data[264];

        }
        if (partition == 193) {
            buffer[0][0] =  data[207]; buffer[0][1] =  data[208]; buffer[0][2] =  data[209]; buffer[0][3] =  data[235]; buffer[0][4] =  data[236]; buffer[0][5] =  data[237]; buffer[0][6] =  data[263]; buffer[0][7] =  data[264]; buffer[0][8] =  data[265];

        }
        if (partition == 194) {
            buffer[0][0] =  data[208]; buffer[0][1] =  data[209]; buffer[0][2] =  data[210]; buffer[0][3] =  data[236]; buffer[0][4] =  data[237]; buffer[0][5] =  data[238]; buffer[0][6] =  data[264]; buffer[0][7] =  data[265]; buffer[0][8] =  data[266];

        }
        if (partition == 195) {
            buffer[0][0] =  data[209]; buffer[0][1] =  data[210]; buffer[0][2] =  data[211]; buffer[0][3] =  data[237]; buffer[0][4] =  data[238]; buffer[0][5] =  data[239]; buffer[0][6] =  data[265]; buffer[0][7] =  data[266]; buffer[0][8] =  data[267];

        }
        if (partition == 196) {
            buffer[0][0] =  data[210]; buffer[0][1] =  data[211]; buffer[0][2] =  data[212]; buffer[0][3] =  data[238]; buffer[0][4] =  data[239]; buffer[0][5] =  data[240]; buffer[0][6] =  data[266]; buffer[0][7] =  data[267]; buffer[0][8] =  data[268];

        }
        if (partition == 197) {
            buffer[0][0] =  data[211]; buffer[0][1] =  data[212]; buffer[0][2] =  data[213]; buffer[0][3] =  data[239]; buffer[0][4] =  data[240]; buffer[0][5] =  data[241]; buffer[0][6] =  data[267]; buffer[0][7] =  data[268]; buffer[0][8] =  data[269];

        }
        if (partition == 198) {
            buffer[0][0] =  data[212]; buffer[0][1] =  data[213]; buffer[0][2] =  data[214]; buffer[0][3] =  data[240]; buffer[0][4] =  data[241]; buffer[0][5] =  data[242]; buffer[0][6] =  data[268]; buffer[0][7] =  data[269]; buffer[0][8] =  data[270];

        }
        if (partition == 199) {
            buffer[0][0] =  data[213]; buffer[0][1] =  data[214]; buffer[0][2] =  data[215]; buffer[0][3] =  data[241]; buffer[0][4] =  data[242]; buffer[0][5] =  data[243]; buffer[0][6] =  data[269]; buffer[0][7] =  data[270]; buffer[0][8] =  data[271];

        }
        if (partition == 200) {
            buffer[0][0] =  data[214]; buffer[0][1] =  data[215]; buffer[0][2] =  data[216]; buffer[0][3] =  data[242]; buffer[0][4] =  data[243]; buffer[0][5] =  data[244]; buffer[0][6] =  data[270]; buffer[0][7] =  data[271]; buffer[0][8] =  data[272];

        }
        if (partition == 201) {
            buffer[0][0] =  data[215]; buffer[0][1] =  data[216]; buffer[0][2] =  data[217]; buffer[0][3] =  data[243]; buffer[0][4] =  data[244]; buffer[0][5] =  data[245]; buffer[0][6] =  data[271]; buffer[0][7] =  data[272]; buffer[0][8] =  data[273];

        }
        if (partition == 202) {
            buffer[0][0] =  data[216]; buffer[0][1] =  data[217]; buffer[0][2] =  data[218]; buffer[0][3] =  data[244]; buffer[0][4] =  data[245]; buffer[0][5] =  data[246]; buffer[0][6] =  data[272]; buffer[0][7] =  data[273]; buffer[0][8] =  data[274];

        }
        if (partition == 203) {
            buffer[0][0] =  data[217]; buffer[0][1] =  data[218]; buffer[0][2] =  data[219]; buffer[0][3] =  data[245]; buffer[0][4] =  data[246]; buffer[0][5] =  data[247]; buffer[0][6] =  data[273]; buffer[0][7] =  data[274]; buffer[0][8] =  data[275];

        }
        if (partition == 204) {
            buffer[0][0] =  data[218]; buffer[0][1] =  data[219]; buffer[0][2] =  data[220]; buffer[0][3] =  data[246]; buffer[0][4] =  data[247]; buffer[0][5] =  data[248]; buffer[0][6] =  data[274]; buffer[0][7] =  data[275]; buffer[0][8] =  data[276];

        }
        if (partition == 205) {
            buffer[0][0] =  data[219]; buffer[0][1] =  data[220]; buffer[0][2] =  data[221]; buffer[0][3] =  data[247]; buffer[0][4] =  data[248]; buffer[0][5] =  data[249]; buffer[0][6] =  data[275]; buffer[0][7] =  data[276]; buffer[0][8] =  data[277];

        }
        if (partition == 206) {
            buffer[0][0] =  data[220]; buffer[0][1] =  data[221]; buffer[0][2] =  data[222]; buffer[0][3] =  data[248]; buffer[0][4] =  data[249]; buffer[0][5] =  data[250]; buffer[0][6] =  data[276]; buffer[0][7] =  data[277]; buffer[0][8] =  data[278];

        }
        if (partition == 207) {
            buffer[0][0] =  data[221]; buffer[0][1] =  data[222]; buffer[0][2] =  data[223]; buffer[0][3] =  data[249]; buffer[0][4] =  data[250]; buffer[0][5] =  data[251]; buffer[0][6] =  data[277]; buffer[0][7] =  data[278]; buffer[0][8] =  data[279];

        }
        if (partition == 208) {
            buffer[0][0] =  data[224]; buffer[0][1] =  data[225]; buffer[0][2] =  data[226]; buffer[0][3] =  data[252]; buffer[0][4] =  data[253]; buffer[0][5] =  data[254]; buffer[0][6] =  data[280]; buffer[0][7] =  data[281]; buffer[0][8] =  data[282];

        }
        if (partition == 209) {
            buffer[0][0] =  data[225]; buffer[0][1] =  data[226]; buffer[0][2] =  data[227]; buffer[0][3] =  data[253]; buffer[0][4] =  data[254]; buffer[0][5] =  data[255]; buffer[0][6] =  data[281]; buffer[0][7] =  data[282]; buffer[0][8] =  data[283];

        }
        if (partition == 210) {
            buffer[0][0] =  data[226]; buffer[0][1] =  data[227]; buffer[0][2] =  data[228]; buffer[0][3] =  data[254]; buffer[0][4] =  data[255]; buffer[0][5] =  data[256]; buffer[0][6] =  data[282]; buffer[0][7] =  data[283]; buffer[0][8] =  data[284];

        }
        if (partition == 211) {
            buffer[0][0] =  data[227]; buffer[0][1] =  data[228]; buffer[0][2] =  data[229]; buffer[0][3] =  data[255]; buffer[0][4] =  data[256]; buffer[0][5] =  data[257]; buffer[0][6] =  data[283]; buffer[0][7] =  data[284]; buffer[0][8] =  data[285];

        }
        if (partition == 212) {
            buffer[0][0] =  data[228]; buffer[0][1] =  data[229]; buffer[0][2] =  data[230]; buffer[0][3] =  data[256]; buffer[0][4] =  data[257]; buffer[0][5] =  data[258]; buffer[0][6] =  data[284]; buffer[0][7] =  data[285]; buffer[0][8] =  data[286];

        }
        if (partition == 213) {
            buffer[0][0] =  data[229]; buffer[0][1] =  data[230]; buffer[0][2] =  data[231]; buffer[0][3] =  data[257]; buffer[0][4] =  data[258]; buffer[0][5] =  data[259]; buffer[0][6] =  data[285]; buffer[0][7] =  data[286]; buffer[0][8] =  data[287];

        }
        if (partition == 214) {
            buffer[0][0] =  data[230]; buffer[0][1] =  data[231]; buffer[0][2] =  data[232]; buffer[0][3] =  data[258]; buffer[0][4] =  data[259]; buffer[0][5] =  data[260]; buffer[0][6] =  data[286]; buffer[0][7] =  data[287]; buffer[0][8] =  data[288];

        }
        if (partition == 215) {
            buffer[0][0] =  data[231]; buffer[0][1] =  data[232]; buffer[0][2] =  data[233]; buffer[0][3] =  data[259]; buffer[0][4] =  data[260]; buffer[0][5] =  data[261]; buffer[0][6] =  data[287]; buffer[0][7] =  data[288]; buffer[0][8] =  data[289];

        }
        if (partition == 216) {
            buffer[0][0] =  data[232]; buffer[0][1] =  data[233]; buffer[0][2] =  data[234]; buffer[0][3] =  data[260]; buffer[0][4] =  data[261]; buffer[0][5] =  data[262]; buffer[0][6] =  data[288]; buffer[0][7] =  data[289]; buffer[0][8] =  data[290];

        }
        if (partition == 217) {
            buffer[0][0] =  data[233]; buffer[0][1] =  data[234]; buffer[0][2] =  data[235]; buffer[0][3] =  data[261]; buffer[0][4] =  data[262]; buffer[0][5] =  data[263]; buffer[0][6] =  data[289]; buffer[0][7] =  data[290]; buffer[0][8] =  data[291];

        }
        if (partition == 218) {
            buffer[0][0] =  data[234]; buffer[0][1] =  data[235]; buffer[0][2] =  data[236]; buffer[0][3] =  data[262]; buffer[0][4] =  data[263]; buffer[0][5] =  data[264]; buffer[0][6] =  data[290]; buffer[0][7] =  data[291]; buffer[0][8] =  data[292];

        }
        if (partition == 219) {
            buffer[0][0] =  data[235]; buffer[0][1] =  data[236]; buffer[0][2] =  data[237]; buffer[0][3] =  data[263]; buffer[0][4] =  data[264]; buffer[0][5] =  data[265]; buffer[0][6] =  data[291]; buffer[0][7] =  data[292]; buffer[0][8] =  data[293];

        }
        if (partition == 220) {
            buffer[0][0] =  data[236]; buffer[0][1] =  data[237]; buffer[0][2] =  data[238]; buffer[0][3] =  data[264]; buffer[0][4] =  data[265]; buffer[0][5] =  data[266]; buffer[0][6] =  data[292]; buffer[0][7] =  data[293]; buffer[0][8] =  data[294];

        }
        if (partition == 221) {
            buffer[0][0] =  data[237]; buffer[0][1] =  data[238]; buffer[0][2] =  data[239]; buffer[0][3] =  data[265]; buffer[0][4] =  data[266]; buffer[0][5] =  data[267]; buffer[0][6] =  data[293]; buffer[0][7] =  data[294]; buffer[0][8] =  data[295];

        }
        if (partition == 222) {
            buffer[0][0] =  data[238]; buffer[0][1] =  data[239]; buffer[0][2] =  data[240]; buffer[0][3] =  data[266]; buffer[0][4] =  data[267]; buffer[0][5] =  data[268]; buffer[0][6] =  data[294]; buffer[0][7] =  data[295]; buffer[0][8] =  data[296];

        }
        if (partition == 223) {
            buffer[0][0] =  data[239]; buffer[0][1] =  data[240]; buffer[0][2] =  data[241]; buffer[0][3] =  data[267]; buffer[0][4] =  data[268]; buffer[0][5] =  data[269]; buffer[0][6] =  data[295]; buffer[0][7] =  data[296]; buffer[0][8] =  data[297];

        }
        if (partition == 224) {
            buffer[0][0] =  data[240]; buffer[0][1] =  data[241]; buffer[0][2] =  data[242]; buffer[0][3] =  data[268]; buffer[0][4] =  data[269]; buffer[0][5] =  data[270]; buffer[0][6] =  data[296]; buffer[0][7] =  data[297]; buffer[0][8] =  data[298];

        }
        if (partition == 225) {
            buffer[0][0] =  data[241]; buffer[0][1] =  data[242]; buffer[0][2] =  data[243]; buffer[0][3] =  data[269]; buffer[0][4] =  data[270]; buffer[0][5] =  data[271]; buffer[0][6] =  data[297]; buffer[0][7] =  data[298]; buffer[0][8] =  data[299];

        }
        if (partition == 226) {
            buffer[0][0] =  data[242]; buffer[0][1] =  data[243]; buffer[0][2] =  data[244]; buffer[0][3] =  data[270]; buffer[0][4] =  data[271]; buffer[0][5] =  data[272]; buffer[0][6] =  data[298]; buffer[0][7] =  data[299]; buffer[0][8] =  data[300];

        }
        if (partition == 227) {
            buffer[0][0] =  data[243]; buffer[0][1] =  data[244]; buffer[0][2] =  data[245]; buffer[0][3] =  data[271]; buffer[0][4] =  data[272]; buffer[0][5] =  data[273]; buffer[0][6] =  data[299]; buffer[0][7] =  data[300]; buffer[0][8] =  data[301];

        }
        if (partition == 228) {
            buffer[0][0] =  data[244]; buffer[0][1] =  data[245]; buffer[0][2] =  data[246]; buffer[0][3] =  data[272]; buffer[0][4] =  data[273]; buffer[0][5] =  data[274]; buffer[0][6] =  data[300]; buffer[0][7] =  data[301]; buffer[0][8] =  data[302];

        }
        if (partition == 229) {
            buffer[0][0] =  data[245]; buffer[0][1] =  data[246]; buffer[0][2] =  data[247]; buffer[0][3] =  data[273]; buffer[0][4] =  data[274]; buffer[0][5] =  data[275]; buffer[0][6] =  data[301]; buffer[0][7] =  data[302]; buffer[0][8] =  data[303];

        }
        if (partition == 230) {
            buffer[0][0] =  data[246]; buffer[0][1] =  data[247]; buffer[0][2] =  data[248]; buffer[0][3] =  data[274]; buffer[0][4] =  data[275]; buffer[0][5] =  data[276]; buffer[0][6] =  data[302]; buffer[0][7] =  data[303]; buffer[0][8] =  data[304];

        }
        if (partition == 231) {
            buffer[0][0] =  data[247]; buffer[0][1] =  data[248]; buffer[0][2] =  data[249]; buffer[0][3] =  data[275]; buffer[0][4] =  data[276]; buffer[0][5] =  data[277]; buffer[0][6] =  data[303]; buffer[0][7] =  data[304]; buffer[0][8] =  data[305];

        }
        if (partition == 232) {
            buffer[0][0] =  data[248]; buffer[0][1] =  data[249]; buffer[0][2] =  data[250]; buffer[0][3] =  data[276]; buffer[0][4] =  data[277]; buffer[0][5] =  data[278]; buffer[0][6] =  data[304]; buffer[0][7] =  data[305]; buffer[0][8] =  data[306];

        }
        if (partition == 233) {
            buffer[0][0] =  data[249]; buffer[0][1] =  data[250]; buffer[0][2] =  data[251]; buffer[0][3] =  data[277]; buffer[0][4] =  data[278]; buffer[0][5] =  data[279]; buffer[0][6] =  data[305]; buffer[0][7] =  data[306]; buffer[0][8] =  data[307];

        }
        if (partition == 234) {
            buffer[0][0] =  data[252]; buffer[0][1] =  data[253]; buffer[0][2] =  data[254]; buffer[0][3] =  data[280]; buffer[0][4] =  data[281]; buffer[0][5] =  data[282]; buffer[0][6] =  data[308]; buffer[0][7] =  data[309]; buffer[0][8] =  data[310];

        }
        if (partition == 235) {
            buffer[0][0] =  data[253]; buffer[0][1] =  data[254]; buffer[0][2] =  data[255]; buffer[0][3] =  data[281]; buffer[0][4] =  data[282]; buffer[0][5] =  data[283]; buffer[0][6] =  data[309]; buffer[0][7] =  data[310]; buffer[0][8] =  data[311];

        }
        if (partition == 236) {
            buffer[0][0] =  data[254]; buffer[0][1] =  data[255]; buffer[0][2] =  data[256]; buffer[0][3] =  data[282]; buffer[0][4] =  data[283]; buffer[0][5] =  data[284]; buffer[0][6] =  data[310]; buffer[0][7] =  data[311]; buffer[0][8] =  data[312];

        }
        if (partition == 237) {
            buffer[0][0] =  data[255]; buffer[0][1] =  data[256]; buffer[0][2] =  data[257]; buffer[0][3] =  data[283]; buffer[0][4] =  data[284]; buffer[0][5] =  data[285]; buffer[0][6] =  data[311]; buffer[0][7] =  data[312]; buffer[0][8] =  data[313];

        }
        if (partition == 238) {
            buffer[0][0] =  data[256]; buffer[0][1] =  data[257]; buffer[0][2] =  data[258]; buffer[0][3] =  data[284]; buffer[0][4] =  data[285]; buffer[0][5] =  data[286]; buffer[0][6] =  data[312]; buffer[0][7] =  data[313]; buffer[0][8] =  data[314];

        }
        if (partition == 239) {
            buffer[0][0] =  data[257]; buffer[0][1] =  data[258]; buffer[0][2] =  data[259]; buffer[0][3] =  data[285]; buffer[0][4] =  data[286]; buffer[0][5] =  data[287]; buffer[0][6] =  data[313]; buffer[0][7] =  data[314]; buffer[0][8] =  data[315];

        }
        if (partition == 240) {
            buffer[0][0] =  data[258]; buffer[0][1] =  data[259]; buffer[0][2] =  data[260]; buffer[0][3] =  data[286]; buffer[0][4] =  data[287]; buffer[0][5] =  data[288]; buffer[0][6] =  data[314]; buffer[0][7] =  data[315]; buffer[0][8] =  data[316];

        }
        if (partition == 241) {
            buffer[0][0] =  data[259]; buffer[0][1] =  data[260]; buffer[0][2] =  data[261]; buffer[0][3] =  data[287]; buffer[0][4] =  data[288]; buffer[0][5] =  data[289]; buffer[0][6] =  data[315]; buffer[0][7] =  data[316]; buffer[0][8] =  data[317];

        }
        if (partition == 242) {
            buffer[0][0] =  data[260]; buffer[0][1] =  data[261]; buffer[0][2] =  data[262]; buffer[0][3] =  data[288]; buffer[0][4] =  data[289]; buffer[0][5] =  data[290]; buffer[0][6] =  data[316]; buffer[0][7] =  data[317]; buffer[0][8] =  data[318];

        }
        if (partition == 243) {
            buffer[0][0] =  data[261]; buffer[0][1] =  data[262]; buffer[0][2] =  data[263]; buffer[0][3] =  data[289]; buffer[0][4] =  data[290]; buffer[0][5] =  data[291]; buffer[0][6] =  data[317]; buffer[0][7] =  data[318]; buffer[0][8] =  data[319];

        }
        if (partition == 244) {
            buffer[0][0] =  data[262]; buffer[0][1] =  data[263]; buffer[0][2] =  data[264]; buffer[0][3] =  data[290]; buffer[0][4] =  data[291]; buffer[0][5] =  data[292]; buffer[0][6] =  data[318]; buffer[0][7] =  data[319]; buffer[0][8] =  data[320];

        }
        if (partition == 245) {
            buffer[0][0] =  data[263]; buffer[0][1] =  data[264]; buffer[0][2] =  data[265]; buffer[0][3] =  data[291]; buffer[0][4] =  data[292]; buffer[0][5] =  data[293]; buffer[0][6] =  data[319]; buffer[0][7] =  data[320]; buffer[0][8] =  data[321];

        }
        if (partition == 246) {
            buffer[0][0] =  data[264]; buffer[0][1] =  data[265]; buffer[0][2] =  data[266]; buffer[0][3] =  data[292]; buffer[0][4] =  data[293]; buffer[0][5] =  data[294]; buffer[0][6] =  data[320]; buffer[0][7] =  data[321]; buffer[0][8] =  data[322];

        }
        if (partition == 247) {
            buffer[0][0] =  data[265]; buffer[0][1] =  data[266]; buffer[0][2] =  data[267]; buffer[0][3] =  data[293]; buffer[0][4] =  data[294]; buffer[0][5] =  data[295]; buffer[0][6] =  data[321]; buffer[0][7] =  data[322]; buffer[0][8] =  data[323];

        }
        if (partition == 248) {
            buffer[0][0] =  data[266]; buffer[0][1] =  data[267]; buffer[0][2] =  data[268]; buffer[0][3] =  data[294]; buffer[0][4] =  data[295]; buffer[0][5] =  data[296]; buffer[0][6] =  data[322]; buffer[0][7] =  data[323]; buffer[0][8] =  data[324];

        }
        if (partition == 249) {
            buffer[0][0] =  data[267]; buffer[0][1] =  data[268]; buffer[0][2] =  data[269]; buffer[0][3] =  data[295]; buffer[0][4] =  data[296]; buffer[0][5] =  data[297]; buffer[0][6] =  data[323]; buffer[0][7] =  data[324]; buffer[0][8] =  data[325];

        }
        if (partition == 250) {
            buffer[0][0] =  data[268]; buffer[0][1] =  data[269]; buffer[0][2] =  data[270]; buffer[0][3] =  data[296]; buffer[0][4] =  data[297]; buffer[0][5] =  data[298]; buffer[0][6] =  data[324]; buffer[0][7] =  data[325]; buffer[0][8] =  data[326];

        }
        if (partition == 251) {
            buffer[0][0] =  data[269]; buffer[0][1] =  data[270]; buffer[0][2] =  data[271]; buffer[0][3] =  data[297]; buffer[0][4] =  data[298]; buffer[0][5] =  data[299]; buffer[0][6] =  data[325]; buffer[0][7] =  data[326]; buffer[0][8] =  data[327];

        }
        if (partition == 252) {
            buffer[0][0] =  data[270]; buffer[0][1] =  data[271]; buffer[0][2] =  data[272]; buffer[0][3] =  data[298]; buffer[0][4] =  data[299]; buffer[0][5] =  data[300]; buffer[0][6] =  data[326]; buffer[0][7] =  data[327]; buffer[0][8] =  data[328];

        }
        if (partition == 253) {
            buffer[0][0] =  data[271]; buffer[0][1] =  data[272]; buffer[0][2] =  data[273]; buffer[0][3] =  data[299]; buffer[0][4] =  data[300]; buffer[0][5] =  data[301]; buffer[0][6] =  data[327]; buffer[0][7] =  data[328]; buffer[0][8] =  data[329];

        }
        if (partition == 254) {
            buffer[0][0] =  data[272]; buffer[0][1] =  data[273]; buffer[0][2] =  data[274]; buffer[0][3] =  data[300]; buffer[0][4] =  data[301]; buffer[0][5] =  data[302]; buffer[0][6] =  data[328]; buffer[0][7] =  data[329]; buffer[0][8] =  data[330];

        }
        if (partition == 255) {
            buffer[0][0] =  data[273]; buffer[0][1] =  data[274]; buffer[0][2] =  data[275]; buffer[0][3] =  data[301]; buffer[0][4] =  data[302]; buffer[0][5] =  data[303]; buffer[0][6] =  data[329]; buffer[0][7] =  data[330]; buffer[0][8] =  data[331];

        }
        if (partition == 256) {
            buffer[0][0] =  data[274]; buffer[0][1] =  data[275]; buffer[0][2] =  data[276]; buffer[0][3] =  data[302]; buffer[0][4] =  data[303]; buffer[0][5] =  data[304]; buffer[0][6] =  data[330]; buffer[0][7] =  data[331]; buffer[0][8] =  data[332];

        }
        if (partition == 257) {
            buffer[0][0] =  data[275]; buffer[0][1] =  data[276]; buffer[0][2] =  data[277]; buffer[0][3] =  data[303]; buffer[0][4] =  data[304]; buffer[0][5] =  data[305]; buffer[0][6] =  data[331]; buffer[0][7] =  data[332]; buffer[0][8] =  data[333];

        }
        if (partition == 258) {
            buffer[0][0] =  data[276]; buffer[0][1] =  data[277]; buffer[0][2] =  data[278]; buffer[0][3] =  data[304]; buffer[0][4] =  data[305]; buffer[0][5] =  data[306]; buffer[0][6] =  data[332]; buffer[0][7] =  data[333]; buffer[0][8] =  data[334];

        }
        if (partition == 259) {
            buffer[0][0] =  data[277]; buffer[0][1] =  data[278]; buffer[0][2] =  data[279]; buffer[0][3] =  data[305]; buffer[0][4] =  data[306]; buffer[0][5] =  data[307]; buffer[0][6] =  data[333]; buffer[0][7] =  data[334]; buffer[0][8] =  data[335];

        }
        if (partition == 260) {
            buffer[0][0] =  data[280]; buffer[0][1] =  data[281]; buffer[0][2] =  data[282]; buffer[0][3] =  data[308]; buffer[0][4] =  data[309]; buffer[0][5] =  data[310]; buffer[0][6] =  data[336]; buffer[0][7] =  data[337]; buffer[0][8] =  data[338];

        }
        if (partition == 261) {
            buffer[0][0] =  data[281]; buffer[0][1] =  data[282]; buffer[0][2] =  data[283]; buffer[0][3] =  data[309]; buffer[0][4] =  data[310]; buffer[0][5] =  data[311]; buffer[0][6] =  data[337]; buffer[0][7] =  data[338]; buffer[0][8] =  data[339];

        }
        if (partition == 262) {
            buffer[0][0] =  data[282]; buffer[0][1] =  data[283]; buffer[0][2] =  data[284]; buffer[0][3] =  data[310]; buffer[0][4] =  data[311]; buffer[0][5] =  data[312]; buffer[0][6] =  data[338]; buffer[0][7] =  data[339]; buffer[0][8] =  data[340];

        }
        if (partition == 263) {
            buffer[0][0] =  data[283]; buffer[0][1] =  data[284]; buffer[0][2] =  data[285]; buffer[0][3] =  data[311]; buffer[0][4] =  data[312]; buffer[0][5] =  data[313]; buffer[0][6] =  data[339]; buffer[0][7] =  data[340]; buffer[0][8] =  data[341];

        }
        if (partition == 264) {
            buffer[0][0] =  data[284]; buffer[0][1] =  data[285]; buffer[0][2] =  data[286]; buffer[0][3] =  data[312]; buffer[0][4] =  data[313]; buffer[0][5] =  data[314]; buffer[0][6] =  data[340]; buffer[0][7] =  data[341]; buffer[0][8] =  data[342];

        }
        if (partition == 265) {
            buffer[0][0] =  data[285]; buffer[0][1] =  data[286]; buffer[0][2] =  data[287]; buffer[0][3] =  data[313]; buffer[0][4] =  data[314]; buffer[0][5] =  data[315]; buffer[0][6] =  data[341]; buffer[0][7] =  data[342]; buffer[0][8] =  data[343];

        }
        if (partition == 266) {
            buffer[0][0] =  data[286]; buffer[0][1] =  data[287]; buffer[0][2] =  data[288]; buffer[0][3] =  data[314]; buffer[0][4] =  data[315]; buffer[0][5] =  data[316]; buffer[0][6] =  data[342]; buffer[0][7] =  data[343]; buffer[0][8] =  data[344];

        }
        if (partition == 267) {
            buffer[0][0] =  data[287]; buffer[0][1] =  data[288]; buffer[0][2] =  data[289]; buffer[0][3] =  data[315]; buffer[0][4] =  data[316]; buffer[0][5] =  data[317]; buffer[0][6] =  data[343]; buffer[0][7] =  data[344]; buffer[0][8] =  data[345];

        }
        if (partition == 268) {
            buffer[0][0] =  data[288]; buffer[0][1] =  data[289]; buffer[0][2] =  data[290]; buffer[0][3] =  data[316]; buffer[0][4] =  data[317]; buffer[0][5] =  data[318]; buffer[0][6] =  data[344]; buffer[0][7] =  data[345]; buffer[0][8] =  data[346];

        }
        if (partition == 269) {
            buffer[0][0] =  data[289]; buffer[0][1] =  data[290]; buffer[0][2] =  data[291]; buffer[0][3] =  data[317]; buffer[0][4] =  data[318]; buffer[0][5] =  data[319]; buffer[0][6] =  data[345]; buffer[0][7] =  data[346]; buffer[0][8] =  data[347];

        }
        if (partition == 270) {
            buffer[0][0] =  data[290]; buffer[0][1] =  data[291]; buffer[0][2] =  data[292]; buffer[0][3] =  data[318]; buffer[0][4] =  data[319]; buffer[0][5] =  data[320]; buffer[0][6] =  data[346]; buffer[0][7] =  data[347]; buffer[0][8] =  data[348];

        }
        if (partition == 271) {
            buffer[0][0] =  data[291]; buffer[0][1] =  data[292]; buffer[0][2] =  data[293]; buffer[0][3] =  data[319]; buffer[0][4] =  data[320]; buffer[0][5] =  data[321]; buffer[0][6] =  data[347]; buffer[0][7] =  data[348]; buffer[0][8] =  data[349];

        }
        if (partition == 272) {
            buffer[0][0] =  data[292]; buffer[0][1] =  data[293]; buffer[0][2] =  data[294]; buffer[0][3] =  data[320]; buffer[0][4] =  data[321]; buffer[0][5] =  data[322]; buffer[0][6] =  data[348]; buffer[0][7] =  data[349]; buffer[0][8] =  data[350];

        }
        if (partition == 273) {
            buffer[0][0] =  data[293]; buffer[0][1] =  data[294]; buffer[0][2] =  data[295]; buffer[0][3] =  data[321]; buffer[0][4] =  data[322]; buffer[0][5] =  data[323]; buffer[0][6] =  data[349]; buffer[0][7] =  data[350]; buffer[0][8] =  data[351];

        }
        if (partition == 274) {
            buffer[0][0] =  data[294]; buffer[0][1] =  data[295]; buffer[0][2] =  data[296]; buffer[0][3] =  data[322]; buffer[0][4] =  data[323]; buffer[0][5] =  data[324]; buffer[0][6] =  data[350]; buffer[0][7] =  data[351]; buffer[0][8] =  data[352];

        }
        if (partition == 275) {
            buffer[0][0] =  data[295]; buffer[0][1] =  data[296]; buffer[0][2] =  data[297]; buffer[0][3] =  data[323]; buffer[0][4] =  data[324]; buffer[0][5] =  data[325]; buffer[0][6] =  data[351]; buffer[0][7] =  data[352]; buffer[0][8] =  data[353];

        }
        if (partition == 276) {
            buffer[0][0] =  data[296]; buffer[0][1] =  data[297]; buffer[0][2] =  data[298]; buffer[0][3] =  data[324]; buffer[0][4] =  data[325]; buffer[0][5] =  data[326]; buffer[0][6] =  data[352]; buffer[0][7] =  data[353]; buffer[0][8] =  data[354];

        }
        if (partition == 277) {
            buffer[0][0] =  data[297]; buffer[0][1] =  data[298]; buffer[0][2] =  data[299]; buffer[0][3] =  data[325]; buffer[0][4] =  data[326]; buffer[0][5] =  data[327]; buffer[0][6] =  data[353]; buffer[0][7] =  data[354]; buffer[0][8] =  data[355];

        }
        if (partition == 278) {
            buffer[0][0] =  data[298]; buffer[0][1] =  data[299]; buffer[0][2] =  data[300]; buffer[0][3] =  data[326]; buffer[0][4] =  data[327]; buffer[0][5] =  data[328]; buffer[0][6] =  data[354]; buffer[0][7] =  data[355]; buffer[0][8] =  data[356];

        }
        if (partition == 279) {
            buffer[0][0] =  data[299]; buffer[0][1] =  data[300]; buffer[0][2] =  data[301]; buffer[0][3] =  data[327]; buffer[0][4] =  data[328]; buffer[0][5] =  data[329]; buffer[0][6] =  data[355]; buffer[0][7] =  data[356]; buffer[0][8] =  data[357];

        }
        if (partition == 280) {
            buffer[0][0] =  data[300]; buffer[0][1] =  data[301]; buffer[0][2] =  data[302]; buffer[0][3] =  data[328]; buffer[0][4] =  data[329]; buffer[0][5] =  data[330]; buffer[0][6] =  data[356]; buffer[0][7] =  data[357]; buffer[0][8] =  data[358];

        }
        if (partition == 281) {
            buffer[0][0] =  data[301]; buffer[0][1] =  data[302]; buffer[0][2] =  data[303]; buffer[0][3] =  data[329]; buffer[0][4] =  data[330]; buffer[0][5] =  data[331]; buffer[0][6] =  data[357]; buffer[0][7] =  data[358]; buffer[0][8] =  data[359];

        }
        if (partition == 282) {
            buffer[0][0] =  data[302]; buffer[0][1] =  data[303]; buffer[0][2] =  data[304]; buffer[0][3] =  data[330]; buffer[0][4] =  data[331]; buffer[0][5] =  data[332]; buffer[0][6] =  data[358]; buffer[0][7] =  data[359]; buffer[0][8] =  data[360];

        }
        if (partition == 283) {
            buffer[0][0] =  data[303]; buffer[0][1] =  data[304]; buffer[0][2] =  data[305]; buffer[0][3] =  data[331]; buffer[0][4] =  data[332]; buffer[0][5] =  data[333]; buffer[0][6] =  data[359]; buffer[0][7] =  data[360]; buffer[0][8] =  data[361];

        }
        if (partition == 284) {
            buffer[0][0] =  data[304]; buffer[0][1] =  data[305]; buffer[0][2] =  data[306]; buffer[0][3] =  data[332]; buffer[0][4] =  data[333]; buffer[0][5] =  data[334]; buffer[0][6] =  data[360]; buffer[0][7] =  data[361]; buffer[0][8] =  data[362];

        }
        if (partition == 285) {
            buffer[0][0] =  data[305]; buffer[0][1] =  data[306]; buffer[0][2] =  data[307]; buffer[0][3] =  data[333]; buffer[0][4] =  data[334]; buffer[0][5] =  data[335]; buffer[0][6] =  data[361]; buffer[0][7] =  data[362]; buffer[0][8] =  data[363];

        }
        if (partition == 286) {
            buffer[0][0] =  data[308]; buffer[0][1] =  data[309]; buffer[0][2] =  data[310]; buffer[0][3] =  data[336]; buffer[0][4] =  data[337]; buffer[0][5] =  data[338]; buffer[0][6] =  data[364]; buffer[0][7] =  data[365]; buffer[0][8] =  data[366];

        }
        if (partition == 287) {
            buffer[0][0] =  data[309]; buffer[0][1] =  data[310]; buffer[0][2] =  data[311]; buffer[0][3] =  data[337]; buffer[0][4] =  data[338]; buffer[0][5] =  data[339]; buffer[0][6] =  data[365]; buffer[0][7] =  data[366]; buffer[0][8] =  data[367];

        }
        if (partition == 288) {
            buffer[0][0] =  data[310]; buffer[0][1] =  data[311]; buffer[0][2] =  data[312]; buffer[0][3] =  data[338]; buffer[0][4] =  data[339]; buffer[0][5] =  data[340]; buffer[0][6] =  data[366]; buffer[0][7] =  data[367]; buffer[0][8] =  data[368];

        }
        if (partition == 289) {
            buffer[0][0] =  data[311]; buffer[0][1] =  data[312]; buffer[0][2] =  data[313]; buffer[0][3] =  data[339]; buffer[0][4] =  data[340]; buffer[0][5] =  data[341]; buffer[0][6] =  data[367]; buffer[0][7] =  data[368]; buffer[0][8] =  data[369];

        }
        if (partition == 290) {
            buffer[0][0] =  data[312]; buffer[0][1] =  data[313]; buffer[0][2] =  data[314]; buffer[0][3] =  data[340]; buffer[0][4] =  data[341]; buffer[0][5] =  data[342]; buffer[0][6] =  data[368]; buffer[0][7] =  data[369]; buffer[0][8] =  data[370];

        }
        if (partition == 291) {
            buffer[0][0] =  data[313]; buffer[0][1] =  data[314]; buffer[0][2] =  data[315]; buffer[0][3] =  data[341]; buffer[0][4] =  data[342]; buffer[0][5] =  data[343]; buffer[0][6] =  data[369]; buffer[0][7] =  data[370]; buffer[0][8] =  data[371];

        }
        if (partition == 292) {
            buffer[0][0] =  data[314]; buffer[0][1] =  data[315]; buffer[0][2] =  data[316]; buffer[0][3] =  data[342]; buffer[0][4] =  data[343]; buffer[0][5] =  data[344]; buffer[0][6] =  data[370]; buffer[0][7] =  data[371]; buffer[0][8] =  data[372];

        }
        if (partition == 293) {
            buffer[0][0] =  data[315]; buffer[0][1] =  data[316]; buffer[0][2] =  data[317]; buffer[0][3] =  data[343]; buffer[0][4] =  data[344]; buffer[0][5] =  data[345]; buffer[0][6] =  data[371]; buffer[0][7] =  data[372]; buffer[0][8] =  data[373];

        }
        if (partition == 294) {
            buffer[0][0] =  data[316]; buffer[0][1] =  data[317]; buffer[0][2] =  data[318]; buffer[0][3] =  data[344]; buffer[0][4] =  data[345]; buffer[0][5] =  data[346]; buffer[0][6] =  data[372]; buffer[0][7] =  data[373]; buffer[0][8] =  data[374];

        }
        if (partition == 295) {
            buffer[0][0] =  data[317]; buffer[0][1] =  data[318]; buffer[0][2] =  data[319]; buffer[0][3] =  data[345]; buffer[0][4] =  data[346]; buffer[0][5] =  data[347]; buffer[0][6] =  data[373]; buffer[0][7] =  data[374]; buffer[0][8] =  data[375];

        }
        if (partition == 296) {
            buffer[0][0] =  data[318]; buffer[0][1] =  data[319]; buffer[0][2] =  data[320]; buffer[0][3] =  data[346]; buffer[0][4] =  data[347]; buffer[0][5] =  data[348]; buffer[0][6] =  data[374]; buffer[0][7] =  data[375]; buffer[0][8] =  data[376];

        }
        if (partition == 297) {
            buffer[0][0] =  data[319]; buffer[0][1] =  data[320]; buffer[0][2] =  data[321]; buffer[0][3] =  data[347]; buffer[0][4] =  data[348]; buffer[0][5] =  data[349]; buffer[0][6] =  data[375]; buffer[0][7] =  data[376]; buffer[0][8] =  data[377];

        }
        if (partition == 298) {
            buffer[0][0] =  data[320]; buffer[0][1] =  data[321]; buffer[0][2] =  data[322]; buffer[0][3] =  data[348]; buffer[0][4] =  data[349]; buffer[0][5] =  data[350]; buffer[0][6] =  data[376]; buffer[0][7] =  data[377]; buffer[0][8] =  data[378];

        }
        if (partition == 299) {
            buffer[0][0] =  data[321]; buffer[0][1] =  data[322]; buffer[0][2] =  data[323]; buffer[0][3] =  data[349]; buffer[0][4] =  data[350]; buffer[0][5] =  data[351]; buffer[0][6] =  data[377]; buffer[0][7] =  data[378]; buffer[0][8] =  data[379];

        }
        if (partition == 300) {
            buffer[0][0] =  data[322]; buffer[0][1] =  data[323]; buffer[0][2] =  data[324]; buffer[0][3] =  data[350]; buffer[0][4] =  data[351]; buffer[0][5] =  data[352]; buffer[0][6] =  data[378]; buffer[0][7] =  data[379]; buffer[0][8] =  data[380];

        }
        if (partition == 301) {
            buffer[0][0] =  data[323]; buffer[0][1] =  data[324]; buffer[0][2] =  data[325]; buffer[0][3] =  data[351]; buffer[0][4] =  data[352]; buffer[0][5] =  data[353]; buffer[0][6] =  data[379]; buffer[0][7] =  data[380]; buffer[0][8] =  data[381];

        }
        if (partition == 302) {
            buffer[0][0] =  data[324]; buffer[0][1] =  data[325]; buffer[0][2] =  data[326]; buffer[0][3] =  data[352]; buffer[0][4] =  data[353]; buffer[0][5] =  data[354]; buffer[0][6] =  data[380]; buffer[0][7] =  data[381]; buffer[0][8] =  data[382];

        }
        if (partition == 303) {
            buffer[0][0] =  data[325]; buffer[0][1] =  data[326]; buffer[0][2] =  data[327]; buffer[0][3] =  data[353]; buffer[0][4] =  data[354]; buffer[0][5] =  data[355]; buffer[0][6] =  data[381]; buffer[0][7] =  data[382]; buffer[0][8] =  data[383];

        }
        if (partition == 304) {
            buffer[0][0] =  data[326]; buffer[0][1] =  data[327]; buffer[0][2] =  data[328]; buffer[0][3] =  data[354]; buffer[0][4] =  data[355]; buffer[0][5] =  data[356]; buffer[0][6] =  data[382]; buffer[0][7] =  data[383]; buffer[0][8] =  data[384];

        }
        if (partition == 305) {
            buffer[0][0] =  data[327]; buffer[0][1] =  data[328]; buffer[0][2] =  data[329]; buffer[0][3] =  data[355]; buffer[0][4] =  data[356]; buffer[0][5] =  data[357]; buffer[0][6] =  data[383]; buffer[0][7] =  data[384]; buffer[0][8] =  data[385];

        }
        if (partition == 306) {
            buffer[0][0] =  data[328]; buffer[0][1] =  data[329]; buffer[0][2] =  data[330]; buffer[0][3] =  data[356]; buffer[0][4] =  data[357]; buffer[0][5] =  data[358]; buffer[0][6] =  data[384]; buffer[0][7] =  data[385]; buffer[0][8] =  data[386];

        }
        if (partition == 307) {
            buffer[0][0] =  data[329]; buffer[0][1] =  data[330]; buffer[0][2] =  data[331]; buffer[0][3] =  data[357]; buffer[0][4] =  data[358]; buffer[0][5] =  data[359]; buffer[0][6] =  data[385]; buffer[0][7] =  data[386]; buffer[0][8] =  data[387];

        }
        if (partition == 308) {
            buffer[0][0] =  data[330]; buffer[0][1] =  data[331]; buffer[0][2] =  data[332]; buffer[0][3] =  data[358]; buffer[0][4] =  data[359]; buffer[0][5] =  data[360]; buffer[0][6] =  data[386]; buffer[0][7] =  data[387]; buffer[0][8] =  data[388];

        }
        if (partition == 309) {
            buffer[0][0] =  data[331]; buffer[0][1] =  data[332]; buffer[0][2] =  data[333]; buffer[0][3] =  data[359]; buffer[0][4] =  data[360]; buffer[0][5] =  data[361]; buffer[0][6] =  data[387]; buffer[0][7] =  data[388]; buffer[0][8] =  data[389];

        }
        if (partition == 310) {
            buffer[0][0] =  data[332]; buffer[0][1] =  data[333]; buffer[0][2] =  data[334]; buffer[0][3] =  data[360]; buffer[0][4] =  data[361]; buffer[0][5] =  data[362]; buffer[0][6] =  data[388]; buffer[0][7] =  data[389]; buffer[0][8] =  data[390];

        }
        if (partition == 311) {
            buffer[0][0] =  data[333]; buffer[0][1] =  data[334]; buffer[0][2] =  data[335]; buffer[0][3] =  data[361]; buffer[0][4] =  data[362]; buffer[0][5] =  data[363]; buffer[0][6] =  data[389]; buffer[0][7] =  data[390]; buffer[0][8] =  data[391];

        }
        if (partition == 312) {
            buffer[0][0] =  data[336]; buffer[0][1] =  data[337]; buffer[0][2] =  data[338]; buffer[0][3] =  data[364]; buffer[0][4] =  data[365]; buffer[0][5] =  data[366]; buffer[0][6] =  data[392]; buffer[0][7] =  data[393]; buffer[0][8] =  data[394];

        }
        if (partition == 313) {
            buffer[0][0] =  data[337]; buffer[0][1] =  data[338]; buffer[0][2] =  data[339]; buffer[0][3] =  data[365]; buffer[0][4] =  data[366]; buffer[0][5] =  data[367]; buffer[0][6] =  data[393]; buffer[0][7] =  data[394]; buffer[0][8] =  data[395];

        }
        if (partition == 314) {
            buffer[0][0] =  data[338]; buffer[0][1] =  data[339]; buffer[0][2] =  data[340]; buffer[0][3] =  data[366]; buffer[0][4] =  data[367]; buffer[0][5] =  data[368]; buffer[0][6] =  data[394]; buffer[0][7] =  data[395]; buffer[0][8] =  data[396];

        }
        if (partition == 315) {
            buffer[0][0] =  data[339]; buffer[0][1] =  data[340]; buffer[0][2] =  data[341]; buffer[0][3] =  data[367]; buffer[0][4] =  data[368]; buffer[0][5] =  data[369]; buffer[0][6] =  data[395]; buffer[0][7] =  data[396]; buffer[0][8] =  data[397];

        }
        if (partition == 316) {
            buffer[0][0] =  data[340]; buffer[0][1] =  data[341]; buffer[0][2] =  data[342]; buffer[0][3] =  data[368]; buffer[0][4] =  data[369]; buffer[0][5] =  data[370]; buffer[0][6] =  data[396]; buffer[0][7] =  data[397]; buffer[0][8] =  data[398];

        }
        if (partition == 317) {
            buffer[0][0] =  data[341]; buffer[0][1] =  data[342]; buffer[0][2] =  data[343]; buffer[0][3] =  data[369]; buffer[0][4] =  data[370]; buffer[0][5] =  data[371]; buffer[0][6] =  data[397]; buffer[0][7] =  data[398]; buffer[0][8] =  data[399];

        }
        if (partition == 318) {
            buffer[0][0] =  data[342]; buffer[0][1] =  data[343]; buffer[0][2] =  data[344]; buffer[0][3] =  data[370]; buffer[0][4] =  data[371]; buffer[0][5] =  data[372]; buffer[0][6] =  data[398]; buffer[0][7] =  data[399]; buffer[0][8] =  data[400];

        }
        if (partition == 319) {
            buffer[0][0] =  data[343]; buffer[0][1] =  data[344]; buffer[0][2] =  data[345]; buffer[0][3] =  data[371]; buffer[0][4] =  data[372]; buffer[0][5] =  data[373]; buffer[0][6] =  data[399]; buffer[0][7] =  data[400]; buffer[0][8] =  data[401];

        }
        if (partition == 320) {
            buffer[0][0] =  data[344]; buffer[0][1] =  data[345]; buffer[0][2] =  data[346]; buffer[0][3] =  data[372]; buffer[0][4] =  data[373]; buffer[0][5] =  data[374]; buffer[0][6] =  data[400]; buffer[0][7] =  data[401]; buffer[0][8] =  data[402];

        }
        if (partition == 321) {
            buffer[0][0] =  data[345]; buffer[0][1] =  data[346]; buffer[0][2] =  data[347]; buffer[0][3] =  data[373]; buffer[0][4] =  data[374]; buffer[0][5] =  data[375]; buffer[0][6] =  data[401]; buffer[0][7] =  data[402]; buffer[0][8] =  data[403];

        }
        if (partition == 322) {
            buffer[0][0] =  data[346]; buffer[0][1] =  data[347]; buffer[0][2] =  data[348]; buffer[0][3] =  data[374]; buffer[0][4] =  data[375]; buffer[0][5] =  data[376]; buffer[0][6] =  data[402]; buffer[0][7] =  data[403]; buffer[0][8] =  data[404];

        }
        if (partition == 323) {
            buffer[0][0] =  data[347]; buffer[0][1] =  data[348]; buffer[0][2] =  data[349]; buffer[0][3] =  data[375]; buffer[0][4] =  data[376]; buffer[0][5] =  data[377]; buffer[0][6] =  data[403]; buffer[0][7] =  data[404]; buffer[0][8] =  data[405];

        }
        if (partition == 324) {
            buffer[0][0] =  data[348]; buffer[0][1] =  data[349]; buffer[0][2] =  data[350]; buffer[0][3] =  data[376]; buffer[0][4] =  data[377]; buffer[0][5] =  data[378]; buffer[0][6] =  data[404]; buffer[0][7] =  data[405]; buffer[0][8] =  data[406];

        }
        if (partition == 325) {
            buffer[0][0] =  data[349]; buffer[0][1] =  data[350]; buffer[0][2] =  data[351]; buffer[0][3] =  data[377]; buffer[0][4] =  data[378]; buffer[0][5] =  data[379]; buffer[0][6] =  data[405]; buffer[0][7] =  data[406]; buffer[0][8] =  data[407];

        }
        if (partition == 326) {
            buffer[0][0] =  data[350]; buffer[0][1] =  data[351]; buffer[0][2] =  data[352]; buffer[0][3] =  data[378]; buffer[0][4] =  data[379]; buffer[0][5] =  data[380]; buffer[0][6] =  data[406]; buffer[0][7] =  data[407]; buffer[0][8] =  data[408];

        }
        if (partition == 327) {
            buffer[0][0] =  data[351]; buffer[0][1] =  data[352]; buffer[0][2] =  data[353]; buffer[0][3] =  data[379]; buffer[0][4] =  data[380]; buffer[0][5] =  data[381]; buffer[0][6] =  data[407]; buffer[0][7] =  data[408]; buffer[0][8] =  data[409];

        }
        if (partition == 328) {
            buffer[0][0] =  data[352]; buffer[0][1] =  data[353]; buffer[0][2] =  data[354]; buffer[0][3] =  data[380]; buffer[0][4] =  data[381]; buffer[0][5] =  data[382]; buffer[0][6] =  data[408]; buffer[0][7] =  data[409]; buffer[0][8] =  data[410];

        }
        if (partition == 329) {
            buffer[0][0] =  data[353]; buffer[0][1] =  data[354]; buffer[0][2] =  data[355]; buffer[0][3] =  data[381]; buffer[0][4] =  data[382]; buffer[0][5] =  data[383]; buffer[0][6] =  data[409]; buffer[0][7] =  data[410]; buffer[0][8] =  data[411];

        }
        if (partition == 330) {
            buffer[0][0] =  data[354]; buffer[0][1] =  data[355]; buffer[0][2] =  data[356]; buffer[0][3] =  data[382]; buffer[0][4] =  data[383]; buffer[0][5] =  data[384]; buffer[0][6] =  data[410]; buffer[0][7] =  data[411]; buffer[0][8] =  data[412];

        }
        if (partition == 331) {
            buffer[0][0] =  data[355]; buffer[0][1] =  data[356]; buffer[0][2] =  data[357]; buffer[0][3] =  data[383]; buffer[0][4] =  data[384]; buffer[0][5] =  data[385]; buffer[0][6] =  data[411]; buffer[0][7] =  data[412]; buffer[0][8] =  data[413];

        }
        if (partition == 332) {
            buffer[0][0] =  data[356]; buffer[0][1] =  data[357]; buffer[0][2] =  data[358]; buffer[0][3] =  data[384]; buffer[0][4] =  data[385]; buffer[0][5] =  data[386]; buffer[0][6] =  data[412]; buffer[0][7] =  data[413]; buffer[0][8] =  data[414];

        }
        if (partition == 333) {
            buffer[0][0] =  data[357]; buffer[0][1] =  data[358]; buffer[0][2] =  data[359]; buffer[0][3] =  data[385]; buffer[0][4] =  data[386]; buffer[0][5] =  data[387]; buffer[0][6] =  data[413]; buffer[0][7] =  data[414]; buffer[0][8] =  data[415];

        }
        if (partition == 334) {
            buffer[0][0] =  data[358]; buffer[0][1] =  data[359]; buffer[0][2] =  data[360]; buffer[0][3] =  data[386]; buffer[0][4] =  data[387]; buffer[0][5] =  data[388]; buffer[0][6] =  data[414]; buffer[0][7] =  data[415]; buffer[0][8] =  data[416];

        }
        if (partition == 335) {
            buffer[0][0] =  data[359]; buffer[0][1] =  data[360]; buffer[0][2] =  data[361]; buffer[0][3] =  data[387]; buffer[0][4] =  data[388]; buffer[0][5] =  data[389]; buffer[0][6] =  data[415]; buffer[0][7] =  data[416]; buffer[0][8] =  data[417];

        }
        if (partition == 336) {
            buffer[0][0] =  data[360]; buffer[0][1] =  data[361]; buffer[0][2] =  data[362]; buffer[0][3] =  data[388]; buffer[0][4] =  data[389]; buffer[0][5] =  data[390]; buffer[0][6] =  data[416]; buffer[0][7] =  data[417]; buffer[0][8] =  data[418];

        }
        if (partition == 337) {
            buffer[0][0] =  data[361]; buffer[0][1] =  data[362]; buffer[0][2] =  data[363]; buffer[0][3] =  data[389]; buffer[0][4] =  data[390]; buffer[0][5] =  data[391]; buffer[0][6] =  data[417]; buffer[0][7] =  data[418]; buffer[0][8] =  data[419];

        }
        if (partition == 338) {
            buffer[0][0] =  data[364]; buffer[0][1] =  data[365]; buffer[0][2] =  data[366]; buffer[0][3] =  data[392]; buffer[0][4] =  data[393]; buffer[0][5] =  data[394]; buffer[0][6] =  data[420]; buffer[0][7] =  data[421]; buffer[0][8] =  data[422];

        }
        if (partition == 339) {
            buffer[0][0] =  data[365]; buffer[0][1] =  data[366]; buffer[0][2] =  data[367]; buffer[0][3] =  data[393]; buffer[0][4] =  data[394]; buffer[0][5] =  data[395]; buffer[0][6] =  data[421]; buffer[0][7] =  data[422]; buffer[0][8] =  data[423];

        }
        if (partition == 340) {
            buffer[0][0] =  data[366]; buffer[0][1] =  data[367]; buffer[0][2] =  data[368]; buffer[0][3] =  data[394]; buffer[0][4] =  data[395]; buffer[0][5] =  data[396]; buffer[0][6] =  data[422]; buffer[0][7] =  data[423]; buffer[0][8] =  data[424];

        }
        if (partition == 341) {
            buffer[0][0] =  data[367]; buffer[0][1] =  data[368]; buffer[0][2] =  data[369]; buffer[0][3] =  data[395]; buffer[0][4] =  data[396]; buffer[0][5] =  data[397]; buffer[0][6] =  data[423]; buffer[0][7] =  data[424]; buffer[0][8] =  data[425];

        }
        if (partition == 342) {
            buffer[0][0] =  data[368]; buffer[0][1] =  data[369]; buffer[0][2] =  data[370]; buffer[0][3] =  data[396]; buffer[0][4] =  data[397]; buffer[0][5] =  data[398]; buffer[0][6] =  data[424]; buffer[0][7] =  data[425]; buffer[0][8] =  data[426];

        }
        if (partition == 343) {
            buffer[0][0] =  data[369]; buffer[0][1] =  data[370]; buffer[0][2] =  data[371]; buffer[0][3] =  data[397]; buffer[0][4] =  data[398]; buffer[0][5] =  data[399]; buffer[0][6] =  data[425]; buffer[0][7] =  data[426]; buffer[0][8] =  data[427];

        }
        if (partition == 344) {
            buffer[0][0] =  data[370]; buffer[0][1] =  data[371]; buffer[0][2] =  data[372]; buffer[0][3] =  data[398]; buffer[0][4] =  data[399]; buffer[0][5] =  data[400]; buffer[0][6] =  data[426]; buffer[0][7] =  data[427]; buffer[0][8] =  data[428];

        }
        if (partition == 345) {
            buffer[0][0] =  data[371]; buffer[0][1] =  data[372]; buffer[0][2] =  data[373]; buffer[0][3] =  data[399]; buffer[0][4] =  data[400]; buffer[0][5] =  data[401]; buffer[0][6] =  data[427]; buffer[0][7] =  data[428]; buffer[0][8] =  data[429];

        }
        if (partition == 346) {
            buffer[0][0] =  data[372]; buffer[0][1] =  data[373]; buffer[0][2] =  data[374]; buffer[0][3] =  data[400]; buffer[0][4] =  data[401]; buffer[0][5] =  data[402]; buffer[0][6] =  data[428]; buffer[0][7] =  data[429]; buffer[0][8] =  data[430];

        }
        if (partition == 347) {
            buffer[0][0] =  data[373]; buffer[0][1] =  data[374]; buffer[0][2] =  data[375]; buffer[0][3] =  data[401]; buffer[0][4] =  data[402]; buffer[0][5] =  data[403]; buffer[0][6] =  data[429]; buffer[0][7] =  data[430]; buffer[0][8] =  data[431];

        }
        if (partition == 348) {
            buffer[0][0] =  data[374]; buffer[0][1] =  data[375]; buffer[0][2] =  data[376]; buffer[0][3] =  data[402]; buffer[0][4] =  data[403]; buffer[0][5] =  data[404]; buffer[0][6] =  data[430]; buffer[0][7] =  data[431]; buffer[0][8] =  data[432];

        }
        if (partition == 349) {
            buffer[0][0] =  data[375]; buffer[0][1] =  data[376]; buffer[0][2] =  data[377]; buffer[0][3] =  data[403]; buffer[0][4] =  data[404]; buffer[0][5] =  data[405]; buffer[0][6] =  data[431]; buffer[0][7] =  data[432]; buffer[0][8] =  data[433];

        }
        if (partition == 350) {
            buffer[0][0] =  data[376]; buffer[0][1] =  data[377]; buffer[0][2] =  data[378]; buffer[0][3] =  data[404]; buffer[0][4] =  data[405]; buffer[0][5] =  data[406]; buffer[0][6] =  data[432]; buffer[0][7] =  data[433]; buffer[0][8] =  data[434];

        }
        if (partition == 351) {
            buffer[0][0] =  data[377]; buffer[0][1] =  data[378]; buffer[0][2] =  data[379]; buffer[0][3] =  data[405]; buffer[0][4] =  data[406]; buffer[0][5] =  data[407]; buffer[0][6] =  data[433]; buffer[0][7] =  data[434]; buffer[0][8] =  data[435];

        }
        if (partition == 352) {
            buffer[0][0] =  data[378]; buffer[0][1] =  data[379]; buffer[0][2] =  data[380]; buffer[0][3] =  data[406]; buffer[0][4] =  data[407]; buffer[0][5] =  data[408]; buffer[0][6] =  data[434]; buffer[0][7] =  data[435]; buffer[0][8] =  data[436];

        }
        if (partition == 353) {
            buffer[0][0] =  data[379]; buffer[0][1] =  data[380]; buffer[0][2] =  data[381]; buffer[0][3] =  data[407]; buffer[0][4] =  data[408]; buffer[0][5] =  data[409]; buffer[0][6] =  data[435]; buffer[0][7] =  data[436]; buffer[0][8] =  data[437];

        }
        if (partition == 354) {
            buffer[0][0] =  data[380]; buffer[0][1] =  data[381]; buffer[0][2] =  data[382]; buffer[0][3] =  data[408]; buffer[0][4] =  data[409]; buffer[0][5] =  data[410]; buffer[0][6] =  data[436]; buffer[0][7] =  data[437]; buffer[0][8] =  data[438];

        }
        if (partition == 355) {
            buffer[0][0] =  data[381]; buffer[0][1] =  data[382]; buffer[0][2] =  data[383]; buffer[0][3] =  data[409]; buffer[0][4] =  data[410]; buffer[0][5] =  data[411]; buffer[0][6] =  data[437]; buffer[0][7] =  data[438]; buffer[0][8] =  data[439];

        }
        if (partition == 356) {
            buffer[0][0] =  data[382]; buffer[0][1] =  data[383]; buffer[0][2] =  data[384]; buffer[0][3] =  data[410]; buffer[0][4] =  data[411]; buffer[0][5] =  data[412]; buffer[0][6] =  data[438]; buffer[0][7] =  data[439]; buffer[0][8] =  data[440];

        }
        if (partition == 357) {
            buffer[0][0] =  data[383]; buffer[0][1] =  data[384]; buffer[0][2] =  data[385]; buffer[0][3] =  data[411]; buffer[0][4] =  data[412]; buffer[0][5] =  data[413]; buffer[0][6] =  data[439]; buffer[0][7] =  data[440]; buffer[0][8] =  data[441];

        }
        if (partition == 358) {
            buffer[0][0] =  data[384]; buffer[0][1] =  data[385]; buffer[0][2] =  data[386]; buffer[0][3] =  data[412]; buffer[0][4] =  data[413]; buffer[0][5] =  data[414]; buffer[0][6] =  data[440]; buffer[0][7] =  data[441]; buffer[0][8] =  data[442];

        }
        if (partition == 359) {
            buffer[0][0] =  data[385]; buffer[0][1] =  data[386]; buffer[0][2] =  data[387]; buffer[0][3] =  data[413]; buffer[0][4] =  data[414]; buffer[0][5] =  data[415]; buffer[0][6] =  data[441]; buffer[0][7] =  data[442]; buffer[0][8] =  data[443];

        }
        if (partition == 360) {
            buffer[0][0] =  data[386]; buffer[0][1] =  data[387]; buffer[0][2] =  data[388]; buffer[0][3] =  data[414]; buffer[0][4] =  data[415]; buffer[0][5] =  data[416]; buffer[0][6] =  data[442]; buffer[0][7] =  data[443]; buffer[0][8] =  data[444];

        }
        if (partition == 361) {
            buffer[0][0] =  data[387]; buffer[0][1] =  data[388]; buffer[0][2] =  data[389]; buffer[0][3] =  data[415]; buffer[0][4] =  data[416]; buffer[0][5] =  data[417]; buffer[0][6] =  data[443]; buffer[0][7] =  data[444]; buffer[0][8] =  data[445];

        }
        if (partition == 362) {
            buffer[0][0] =  data[388]; buffer[0][1] =  data[389]; buffer[0][2] =  data[390]; buffer[0][3] =  data[416]; buffer[0][4] =  data[417]; buffer[0][5] =  data[418]; buffer[0][6] =  data[444]; buffer[0][7] =  data[445]; buffer[0][8] =  data[446];

        }
        if (partition == 363) {
            buffer[0][0] =  data[389]; buffer[0][1] =  data[390]; buffer[0][2] =  data[391]; buffer[0][3] =  data[417]; buffer[0][4] =  data[418]; buffer[0][5] =  data[419]; buffer[0][6] =  data[445]; buffer[0][7] =  data[446]; buffer[0][8] =  data[447];

        }
        if (partition == 364) {
            buffer[0][0] =  data[392]; buffer[0][1] =  data[393]; buffer[0][2] =  data[394]; buffer[0][3] =  data[420]; buffer[0][4] =  data[421]; buffer[0][5] =  data[422]; buffer[0][6] =  data[448]; buffer[0][7] =  data[449]; buffer[0][8] =  data[450];

        }
        if (partition == 365) {
            buffer[0][0] =  data[393]; buffer[0][1] =  data[394]; buffer[0][2] =  data[395]; buffer[0][3] =  data[421]; buffer[0][4] =  data[422]; buffer[0][5] =  data[423]; buffer[0][6] =  data[449]; buffer[0][7] =  data[450]; buffer[0][8] =  data[451];

        }
        if (partition == 366) {
            buffer[0][0] =  data[394]; buffer[0][1] =  data[395]; buffer[0][2] =  data[396]; buffer[0][3] =  data[422]; buffer[0][4] =  data[423]; buffer[0][5] =  data[424]; buffer[0][6] =  data[450]; buffer[0][7] =  data[451]; buffer[0][8] =  data[452];

        }
        if (partition == 367) {
            buffer[0][0] =  data[395]; buffer[0][1] =  data[396]; buffer[0][2] =  data[397]; buffer[0][3] =  data[423]; buffer[0][4] =  data[424]; buffer[0][5] =  data[425]; buffer[0][6] =  data[451]; buffer[0][7] =  data[452]; buffer[0][8] =  data[453];

        }
        if (partition == 368) {
            buffer[0][0] =  data[396]; buffer[0][1] =  data[397]; buffer[0][2] =  data[398]; buffer[0][3] =  data[424]; buffer[0][4] =  data[425]; buffer[0][5] =  data[426]; buffer[0][6] =  data[452]; buffer[0][7] =  data[453]; buffer[0][8] =  data[454];

        }
        if (partition == 369) {
            buffer[0][0] =  data[397]; buffer[0][1] =  data[398]; buffer[0][2] =  data[399]; buffer[0][3] =  data[425]; buffer[0][4] =  data[426]; buffer[0][5] =  data[427]; buffer[0][6] =  data[453]; buffer[0][7] =  data[454]; buffer[0][8] =  data[455];

        }
        if (partition == 370) {
            buffer[0][0] =  data[398]; buffer[0][1] =  data[399]; buffer[0][2] =  data[400]; buffer[0][3] =  data[426]; buffer[0][4] =  data[427]; buffer[0][5] =  data[428]; buffer[0][6] =  data[454]; buffer[0][7] =  data[455]; buffer[0][8] =  data[456];

        }
        if (partition == 371) {
            buffer[0][0] =  data[399]; buffer[0][1] =  data[400]; buffer[0][2] =  data[401]; buffer[0][3] =  data[427]; buffer[0][4] =  data[428]; buffer[0][5] =  data[429]; buffer[0][6] =  data[455]; buffer[0][7] =  data[456]; buffer[0][8] =  data[457];

        }
        if (partition == 372) {
            buffer[0][0] =  data[400]; buffer[0][1] =  data[401]; buffer[0][2] =  data[402]; buffer[0][3] =  data[428]; buffer[0][4] =  data[429]; buffer[0][5] =  data[430]; buffer[0][6] =  data[456]; buffer[0][7] =  data[457]; buffer[0][8] =  data[458];

        }
        if (partition == 373) {
            buffer[0][0] =  data[401]; buffer[0][1] =  data[402]; buffer[0][2] =  data[403]; buffer[0][3] =  data[429]; buffer[0][4] =  data[430]; buffer[0][5] =  data[431]; buffer[0][6] =  data[457]; buffer[0][7] =  data[458]; buffer[0][8] =  data[459];

        }
        if (partition == 374) {
            buffer[0][0] =  data[402]; buffer[0][1] =  data[403]; buffer[0][2] =  data[404]; buffer[0][3] =  data[430]; buffer[0][4] =  data[431]; buffer[0][5] =  data[432]; buffer[0][6] =  data[458]; buffer[0][7] =  data[459]; buffer[0][8] =  data[460];

        }
        if (partition == 375) {
            buffer[0][0] =  data[403]; buffer[0][1] =  data[404]; buffer[0][2] =  data[405]; buffer[0][3] =  data[431]; buffer[0][4] =  data[432]; buffer[0][5] =  data[433]; buffer[0][6] =  data[459]; buffer[0][7] =  data[460]; buffer[0][8] =  data[461];

        }
        if (partition == 376) {
            buffer[0][0] =  data[404]; buffer[0][1] =  data[405]; buffer[0][2] =  data[406]; buffer[0][3] =  data[432]; buffer[0][4] =  data[433]; buffer[0][5] =  data[434]; buffer[0][6] =  data[460]; buffer[0][7] =  data[461]; buffer[0][8] =  data[462];

        }
        if (partition == 377) {
            buffer[0][0] =  data[405]; buffer[0][1] =  data[406]; buffer[0][2] =  data[407]; buffer[0][3] =  data[433]; buffer[0][4] =  data[434]; buffer[0][5] =  data[435]; buffer[0][6] =  data[461]; buffer[0][7] =  data[462]; buffer[0][8] =  data[463];

        }
        if (partition == 378) {
            buffer[0][0] =  data[406]; buffer[0][1] =  data[407]; buffer[0][2] =  data[408]; buffer[0][3] =  data[434]; buffer[0][4] =  data[435]; buffer[0][5] =  data[436]; buffer[0][6] =  data[462]; buffer[0][7] =  data[463]; buffer[0][8] =  data[464];

        }
        if (partition == 379) {
            buffer[0][0] =  data[407]; buffer[0][1] =  data[408]; buffer[0][2] =  data[409]; buffer[0][3] =  data[435]; buffer[0][4] =  data[436]; buffer[0][5] =  data[437]; buffer[0][6] =  data[463]; buffer[0][7] =  data[464]; buffer[0][8] =  data[465];

        }
        if (partition == 380) {
            buffer[0][0] =  data[408]; buffer[0][1] =  data[409]; buffer[0][2] =  data[410]; buffer[0][3] =  data[436]; buffer[0][4] =  data[437]; buffer[0][5] =  data[438]; buffer[0][6] =  data[464]; buffer[0][7] =  data[465]; buffer[0][8] =  data[466];

        }
        if (partition == 381) {
            buffer[0][0] =  data[409]; buffer[0][1] =  data[410]; buffer[0][2] =  data[411]; buffer[0][3] =  data[437]; buffer[0][4] =  data[438]; buffer[0][5] =  data[439]; buffer[0][6] =  data[465]; buffer[0][7] =  data[466]; buffer[0][8] =  data[467];

        }
        if (partition == 382) {
            buffer[0][0] =  data[410]; buffer[0][1] =  data[411]; buffer[0][2] =  data[412]; buffer[0][3] =  data[438]; buffer[0][4] =  data[439]; buffer[0][5] =  data[440]; buffer[0][6] =  data[466]; buffer[0][7] =  data[467]; buffer[0][8] =  data[468];

        }
        if (partition == 383) {
            buffer[0][0] =  data[411]; buffer[0][1] =  data[412]; buffer[0][2] =  data[413]; buffer[0][3] =  data[439]; buffer[0][4] =  data[440]; buffer[0][5] =  data[441]; buffer[0][6] =  data[467]; buffer[0][7] =  data[468]; buffer[0][8] =  data[469];

        }
        if (partition == 384) {
            buffer[0][0] =  data[412]; buffer[0][1] =  data[413]; buffer[0][2] =  data[414]; buffer[0][3] =  data[440]; buffer[0][4] =  data[441]; buffer[0][5] =  data[442]; buffer[0][6] =  data[468]; buffer[0][7] =  data[469]; buffer[0][8] =  data[470];

        }
        if (partition == 385) {
            buffer[0][0] =  data[413]; buffer[0][1] =  data[414]; buffer[0][2] =  data[415]; buffer[0][3] =  data[441]; buffer[0][4] =  data[442]; buffer[0][5] =  data[443]; buffer[0][6] =  data[469]; buffer[0][7] =  data[470]; buffer[0][8] =  data[471];

        }
        if (partition == 386) {
            buffer[0][0] =  data[414]; buffer[0][1] =  data[415]; buffer[0][2] =  data[416]; buffer[0][3] =  data[442]; buffer[0][4] =  data[443]; buffer[0][5] =  data[444]; buffer[0][6] =  data[470]; buffer[0][7] =  data[471]; buffer[0][8] =  data[472];

        }
        if (partition == 387) {
            buffer[0][0] =  data[415]; buffer[0][1] =  data[416]; buffer[0][2] =  data[417]; buffer[0][3] =  data[443]; buffer[0][4] =  data[444]; buffer[0][5] =  data[445]; buffer[0][6] =  data[471]; buffer[0][7] =  data[472]; buffer[0][8] =  data[473];

        }
        if (partition == 388) {
            buffer[0][0] =  data[416]; buffer[0][1] =  data[417]; buffer[0][2] =  data[418]; buffer[0][3] =  data[444]; buffer[0][4] =  data[445]; buffer[0][5] =  data[446]; buffer[0][6] =  data[472]; buffer[0][7] =  data[473]; buffer[0][8] =  data[474];

        }
        if (partition == 389) {
            buffer[0][0] =  data[417]; buffer[0][1] =  data[418]; buffer[0][2] =  data[419]; buffer[0][3] =  data[445]; buffer[0][4] =  data[446]; buffer[0][5] =  data[447]; buffer[0][6] =  data[473]; buffer[0][7] =  data[474]; buffer[0][8] =  data[475];

        }
        if (partition == 390) {
            buffer[0][0] =  data[420]; buffer[0][1] =  data[421]; buffer[0][2] =  data[422]; buffer[0][3] =  data[448]; buffer[0][4] =  data[449]; buffer[0][5] =  data[450]; buffer[0][6] =  data[476]; buffer[0][7] =  data[477]; buffer[0][8] =  data[478];

        }
        if (partition == 391) {
            buffer[0][0] =  data[421]; buffer[0][1] =  data[422]; buffer[0][2] =  data[423]; buffer[0][3] =  data[449]; buffer[0][4] =  data[450]; buffer[0][5] =  data[451]; buffer[0][6] =  data[477]; buffer[0][7] =  data[478]; buffer[0][8] =  data[479];

        }
        if (partition == 392) {
            buffer[0][0] =  data[422]; buffer[0][1] =  data[423]; buffer[0][2] =  data[424]; buffer[0][3] =  data[450]; buffer[0][4] =  data[451]; buffer[0][5] =  data[452]; buffer[0][6] =  data[478]; buffer[0][7] =  data[479]; buffer[0][8] =  data[480];

        }
        if (partition == 393) {
            buffer[0][0] =  data[423]; buffer[0][1] =  data[424]; buffer[0][2] =  data[425]; buffer[0][3] =  data[451]; buffer[0][4] =  data[452]; buffer[0][5] =  data[453]; buffer[0][6] =  data[479]; buffer[0][7] =  data[480]; buffer[0][8] =  data[481];

        }
        if (partition == 394) {
            buffer[0][0] =  data[424]; buffer[0][1] =  data[425]; buffer[0][2] =  data[426]; buffer[0][3] =  data[452]; buffer[0][4] =  data[453]; buffer[0][5] =  data[454]; buffer[0][6] =  data[480]; buffer[0][7] =  data[481]; buffer[0][8] =  data[482];

        }
        if (partition == 395) {
            buffer[0][0] =  data[425]; buffer[0][1] =  data[426]; buffer[0][2] =  data[427]; buffer[0][3] =  data[453]; buffer[0][4] =  data[454]; buffer[0][5] =  data[455]; buffer[0][6] =  data[481]; buffer[0][7] =  data[482]; buffer[0][8] =  data[483];

        }
        if (partition == 396) {
            buffer[0][0] =  data[426]; buffer[0][1] =  data[427]; buffer[0][2] =  data[428]; buffer[0][3] =  data[454]; buffer[0][4] =  data[455]; buffer[0][5] =  data[456]; buffer[0][6] =  data[482]; buffer[0][7] =  data[483]; buffer[0][8] =  data[484];

        }
        if (partition == 397) {
            buffer[0][0] =  data[427]; buffer[0][1] =  data[428]; buffer[0][2] =  data[429]; buffer[0][3] =  data[455]; buffer[0][4] =  data[456]; buffer[0][5] =  data[457]; buffer[0][6] =  data[483]; buffer[0][7] =  data[484]; buffer[0][8] =  data[485];

        }
        if (partition == 398) {
            buffer[0][0] =  data[428]; buffer[0][1] =  data[429]; buffer[0][2] =  data[430]; buffer[0][3] =  data[456]; buffer[0][4] =  data[457]; buffer[0][5] =  data[458]; buffer[0][6] =  data[484]; buffer[0][7] =  data[485]; buffer[0][8] =  data[486];

        }
        if (partition == 399) {
            buffer[0][0] =  data[429]; buffer[0][1] =  data[430]; buffer[0][2] =  data[431]; buffer[0][3] =  data[457]; buffer[0][4] =  data[458]; buffer[0][5] =  data[459]; buffer[0][6] =  data[485]; buffer[0][7] =  data[486]; buffer[0][8] =  data[487];

        }
        if (partition == 400) {
            buffer[0][0] =  data[430]; buffer[0][1] =  data[431]; buffer[0][2] =  data[432]; buffer[0][3] =  data[458]; buffer[0][4] =  data[459]; buffer[0][5] =  data[460]; buffer[0][6] =  data[486]; buffer[0][7] =  data[487]; buffer[0][8] =  data[488];

        }
        if (partition == 401) {
            buffer[0][0] =  data[431]; buffer[0][1] =  data[432]; buffer[0][2] =  data[433]; buffer[0][3] =  data[459]; buffer[0][4] =  data[460]; buffer[0][5] =  data[461]; buffer[0][6] =  data[487]; buffer[0][7] =  data[488]; buffer[0][8] =  data[489];

        }
        if (partition == 402) {
            buffer[0][0] =  data[432]; buffer[0][1] =  data[433]; buffer[0][2] =  data[434]; buffer[0][3] =  data[460]; buffer[0][4] =  data[461]; buffer[0][5] =  data[462]; buffer[0][6] =  data[488]; buffer[0][7] =  data[489]; buffer[0][8] =  data[490];

        }
        if (partition == 403) {
            buffer[0][0] =  data[433]; buffer[0][1] =  data[434]; buffer[0][2] =  data[435]; buffer[0][3] =  data[461]; buffer[0][4] =  data[462]; buffer[0][5] =  data[463]; buffer[0][6] =  data[489]; buffer[0][7] =  data[490]; buffer[0][8] =  data[491];

        }
        if (partition == 404) {
            buffer[0][0] =  data[434]; buffer[0][1] =  data[435]; buffer[0][2] =  data[436]; buffer[0][3] =  data[462]; buffer[0][4] =  data[463]; buffer[0][5] =  data[464]; buffer[0][6] =  data[490]; buffer[0][7] =  data[491]; buffer[0][8] =  data[492];

        }
        if (partition == 405) {
            buffer[0][0] =  data[435]; buffer[0][1] =  data[436]; buffer[0][2] =  data[437]; buffer[0][3] =  data[463]; buffer[0][4] =  data[464]; buffer[0][5] =  data[465]; buffer[0][6] =  data[491]; buffer[0][7] =  data[492]; buffer[0][8] =  data[493];

        }
        if (partition == 406) {
            buffer[0][0] =  data[436]; buffer[0][1] =  data[437]; buffer[0][2] =  data[438]; buffer[0][3] =  data[464]; buffer[0][4] =  data[465]; buffer[0][5] =  data[466]; buffer[0][6] =  data[492]; buffer[0][7] =  data[493]; buffer[0][8] =  data[494];

        }
        if (partition == 407) {
            buffer[0][0] =  data[437]; buffer[0][1] =  data[438]; buffer[0][2] =  data[439]; buffer[0][3] =  data[465]; buffer[0][4] =  data[466]; buffer[0][5] =  data[467]; buffer[0][6] =  data[493]; buffer[0][7] =  data[494]; buffer[0][8] =  data[495];

        }
        if (partition == 408) {
            buffer[0][0] =  data[438]; buffer[0][1] =  data[439]; buffer[0][2] =  data[440]; buffer[0][3] =  data[466]; buffer[0][4] =  data[467]; buffer[0][5] =  data[468]; buffer[0][6] =  data[494]; buffer[0][7] =  data[495]; buffer[0][8] =  data[496];

        }
        if (partition == 409) {
            buffer[0][0] =  data[439]; buffer[0][1] =  data[440]; buffer[0][2] =  data[441]; buffer[0][3] =  data[467]; buffer[0][4] =  data[468]; buffer[0][5] =  data[469]; buffer[0][6] =  data[495]; buffer[0][7] =  data[496]; buffer[0][8] =  data[497];

        }
        if (partition == 410) {
            buffer[0][0] =  data[440]; buffer[0][1] =  data[441]; buffer[0][2] =  data[442]; buffer[0][3] =  data[468]; buffer[0][4] =  data[469]; buffer[0][5] =  data[470]; buffer[0][6] =  data[496]; buffer[0][7] =  data[497]; buffer[0][8] =  data[498];

        }
        if (partition == 411) {
            buffer[0][0] =  data[441]; buffer[0][1] =  data[442]; buffer[0][2] =  data[443]; buffer[0][3] =  data[469]; buffer[0][4] =  data[470]; buffer[0][5] =  data[471]; buffer[0][6] =  data[497]; buffer[0][7] =  data[498]; buffer[0][8] =  data[499];

        }
        if (partition == 412) {
            buffer[0][0] =  data[442]; buffer[0][1] =  data[443]; buffer[0][2] =  data[444]; buffer[0][3] =  data[470]; buffer[0][4] =  data[471]; buffer[0][5] =  data[472]; buffer[0][6] =  data[498]; buffer[0][7] =  data[499]; buffer[0][8] =  data[500];

        }
        if (partition == 413) {
            buffer[0][0] =  data[443]; buffer[0][1] =  data[444]; buffer[0][2] =  data[445]; buffer[0][3] =  data[471]; buffer[0][4] =  data[472]; buffer[0][5] =  data[473]; buffer[0][6] =  data[499]; buffer[0][7] =  data[500]; buffer[0][8] =  data[501];

        }
        if (partition == 414) {
            buffer[0][0] =  data[444]; buffer[0][1] =  data[445]; buffer[0][2] =  data[446]; buffer[0][3] =  data[472]; buffer[0][4] =  data[473]; buffer[0][5] =  data[474]; buffer[0][6] =  data[500]; buffer[0][7] =  data[501]; buffer[0][8] =  data[502];

        }
        if (partition == 415) {
            buffer[0][0] =  data[445]; buffer[0][1] =  data[446]; buffer[0][2] =  data[447]; buffer[0][3] =  data[473]; buffer[0][4] =  data[474]; buffer[0][5] =  data[475]; buffer[0][6] =  data[501]; buffer[0][7] =  data[502]; buffer[0][8] =  data[503];

        }
        if (partition == 416) {
            buffer[0][0] =  data[448]; buffer[0][1] =  data[449]; buffer[0][2] =  data[450]; buffer[0][3] =  data[476]; buffer[0][4] =  data[477]; buffer[0][5] =  data[478]; buffer[0][6] =  data[504]; buffer[0][7] =  data[505]; buffer[0][8] =  data[506];

        }
        if (partition == 417) {
            buffer[0][0] =  data[449]; buffer[0][1] =  data[450]; buffer[0][2] =  data[451]; buffer[0][3] =  data[477]; buffer[0][4] =  data[478]; buffer[0][5] =  data[479]; buffer[0][6] =  data[505]; buffer[0][7] =  data[506]; buffer[0][8] =  data[507];

        }
        if (partition == 418) {
            buffer[0][0] =  data[450]; buffer[0][1] =  data[451]; buffer[0][2] =  data[452]; buffer[0][3] =  data[478]; buffer[0][4] =  data[479]; buffer[0][5] =  data[480]; buffer[0][6] =  data[506]; buffer[0][7] =  data[507]; buffer[0][8] =  data[508];

        }
        if (partition == 419) {
            buffer[0][0] =  data[451]; buffer[0][1] =  data[452]; buffer[0][2] =  data[453]; buffer[0][3] =  data[479]; buffer[0][4] =  data[480]; buffer[0][5] =  data[481]; buffer[0][6] =  data[507]; buffer[0][7] =  data[508]; buffer[0][8] =  data[509];

        }
        if (partition == 420) {
            buffer[0][0] =  data[452]; buffer[0][1] =  data[453]; buffer[0][2] =  data[454]; buffer[0][3] =  data[480]; buffer[0][4] =  data[481]; buffer[0][5] =  data[482]; buffer[0][6] =  data[508]; buffer[0][7] =  data[509]; buffer[0][8] =  data[510];

        }
        if (partition == 421) {
            buffer[0][0] =  data[453]; buffer[0][1] =  data[454]; buffer[0][2] =  data[455]; buffer[0][3] =  data[481]; buffer[0][4] =  data[482]; buffer[0][5] =  data[483]; buffer[0][6] =  data[509]; buffer[0][7] =  data[510]; buffer[0][8] =  data[511];

        }
        if (partition == 422) {
            buffer[0][0] =  data[454]; buffer[0][1] =  data[455]; buffer[0][2] =  data[456]; buffer[0][3] =  data[482]; buffer[0][4] =  data[483]; buffer[0][5] =  data[484]; buffer[0][6] =  data[510]; buffer[0][7] =  data[511]; buffer[0][8] =  data[512];

        }
        if (partition == 423) {
            buffer[0][0] =  data[455]; buffer[0][1] =  data[456]; buffer[0][2] =  data[457]; buffer[0][3] =  data[483]; buffer[0][4] =  data[484]; buffer[0][5] =  data[485]; buffer[0][6] =  data[511]; buffer[0][7] =  data[512]; buffer[0][8] =  data[513];

        }
        if (partition == 424) {
            buffer[0][0] =  data[456]; buffer[0][1] =  data[457]; buffer[0][2] =  data[458]; buffer[0][3] =  data[484]; buffer[0][4] =  data[485]; buffer[0][5] =  data[486]; buffer[0][6] =  data[512]; buffer[0][7] =  data[513]; buffer[0][8] =  data[514];

        }
        if (partition == 425) {
            buffer[0][0] =  data[457]; buffer[0][1] =  data[458]; buffer[0][2] =  data[459]; buffer[0][3] =  data[485]; buffer[0][4] =  data[486]; buffer[0][5] =  data[487]; buffer[0][6] =  data[513]; buffer[0][7] =  data[514]; buffer[0][8] =  data[515];

        }
        if (partition == 426) {
            buffer[0][0] =  data[458]; buffer[0][1] =  data[459]; buffer[0][2] =  data[460]; buffer[0][3] =  data[486]; buffer[0][4] =  data[487]; buffer[0][5] =  data[488]; buffer[0][6] =  data[514]; buffer[0][7] =  data[515]; buffer[0][8] =  data[516];

        }
        if (partition == 427) {
            buffer[0][0] =  data[459]; buffer[0][1] =  data[460]; buffer[0][2] =  data[461]; buffer[0][3] =  data[487]; buffer[0][4] =  data[488]; buffer[0][5] =  data[489]; buffer[0][6] =  data[515]; buffer[0][7] =  data[516]; buffer[0][8] =  data[517];

        }
        if (partition == 428) {
            buffer[0][0] =  data[460]; buffer[0][1] =  data[461]; buffer[0][2] =  data[462]; buffer[0][3] =  data[488]; buffer[0][4] =  data[489]; buffer[0][5] =  data[490]; buffer[0][6] =  data[516]; buffer[0][7] =  data[517]; buffer[0][8] =  data[518];

        }
        if (partition == 429) {
            buffer[0][0] =  data[461]; buffer[0][1] =  data[462]; buffer[0][2] =  data[463]; buffer[0][3] =  data[489]; buffer[0][4] =  data[490]; buffer[0][5] =  data[491]; buffer[0][6] =  data[517]; buffer[0][7] =  data[518]; buffer[0][8] =  data[519];

        }
        if (partition == 430) {
            buffer[0][0] =  data[462]; buffer[0][1] =  data[463]; buffer[0][2] =  data[464]; buffer[0][3] =  data[490]; buffer[0][4] =  data[491]; buffer[0][5] =  data[492]; buffer[0][6] =  data[518]; buffer[0][7] =  data[519]; buffer[0][8] =  data[520];

        }
        if (partition == 431) {
            buffer[0][0] =  data[463]; buffer[0][1] =  data[464]; buffer[0][2] =  data[465]; buffer[0][3] =  data[491]; buffer[0][4] =  data[492]; buffer[0][5] =  data[493]; buffer[0][6] =  data[519]; buffer[0][7] =  data[520]; buffer[0][8] =  data[521];

        }
        if (partition == 432) {
            buffer[0][0] =  data[464]; buffer[0][1] =  data[465]; buffer[0][2] =  data[466]; buffer[0][3] =  data[492]; buffer[0][4] =  data[493]; buffer[0][5] =  data[494]; buffer[0][6] =  data[520]; buffer[0][7] =  data[521]; buffer[0][8] =  data[522];

        }
        if (partition == 433) {
            buffer[0][0] =  data[465]; buffer[0][1] =  data[466]; buffer[0][2] =  data[467]; buffer[0][3] =  data[493]; buffer[0][4] =  data[494]; buffer[0][5] =  data[495]; buffer[0][6] =  data[521]; buffer[0][7] =  data[522]; buffer[0][8] =  data[523];

        }
        if (partition == 434) {
            buffer[0][0] =  data[466]; buffer[0][1] =  data[467]; buffer[0][2] =  data[468]; buffer[0][3] =  data[494]; buffer[0][4] =  data[495]; buffer[0][5] =  data[496]; buffer[0][6] =  data[522]; buffer[0][7] =  data[523]; buffer[0][8] =  data[524];

        }
        if (partition == 435) {
            buffer[0][0] =  data[467]; buffer[0][1] =  data[468]; buffer[0][2] =  data[469]; buffer[0][3] =  data[495]; buffer[0][4] =  data[496]; buffer[0][5] =  data[497]; buffer[0][6] =  data[523]; buffer[0][7] =  data[524]; buffer[0][8] =  data[525];

        }
        if (partition == 436) {
            buffer[0][0] =  data[468]; buffer[0][1] =  data[469]; buffer[0][2] =  data[470]; buffer[0][3] =  data[496]; buffer[0][4] =  data[497]; buffer[0][5] =  data[498]; buffer[0][6] =  data[524]; buffer[0][7] =  data[525]; buffer[0][8] =  data[526];

        }
        if (partition == 437) {
            buffer[0][0] =  data[469]; buffer[0][1] =  data[470]; buffer[0][2] =  data[471]; buffer[0][3] =  data[497]; buffer[0][4] =  data[498]; buffer[0][5] =  data[499]; buffer[0][6] =  data[525]; buffer[0][7] =  data[526]; buffer[0][8] =  data[527];

        }
        if (partition == 438) {
            buffer[0][0] =  data[470]; buffer[0][1] =  data[471]; buffer[0][2] =  data[472]; buffer[0][3] =  data[498]; buffer[0][4] =  data[499]; buffer[0][5] =  data[500]; buffer[0][6] =  data[526]; buffer[0][7] =  data[527]; buffer[0][8] =  data[528];

        }
        if (partition == 439) {
            buffer[0][0] =  data[471]; buffer[0][1] =  data[472]; buffer[0][2] =  data[473]; buffer[0][3] =  data[499]; buffer[0][4] =  data[500]; buffer[0][5] =  data[501]; buffer[0][6] =  data[527]; buffer[0][7] =  data[528]; buffer[0][8] =  data[529];

        }
        if (partition == 440) {
            buffer[0][0] =  data[472]; buffer[0][1] =  data[473]; buffer[0][2] =  data[474]; buffer[0][3] =  data[500]; buffer[0][4] =  data[501]; buffer[0][5] =  data[502]; buffer[0][6] =  data[528]; buffer[0][7] =  data[529]; buffer[0][8] =  data[530];

        }
        if (partition == 441) {
            buffer[0][0] =  data[473]; buffer[0][1] =  data[474]; buffer[0][2] =  data[475]; buffer[0][3] =  data[501]; buffer[0][4] =  data[502]; buffer[0][5] =  data[503]; buffer[0][6] =  data[529]; buffer[0][7] =  data[530]; buffer[0][8] =  data[531];

        }
        if (partition == 442) {
            buffer[0][0] =  data[476]; buffer[0][1] =  data[477]; buffer[0][2] =  data[478]; buffer[0][3] =  data[504]; buffer[0][4] =  data[505]; buffer[0][5] =  data[506]; buffer[0][6] =  data[532]; buffer[0][7] =  data[533]; buffer[0][8] =  data[534];

        }
        if (partition == 443) {
            buffer[0][0] =  data[477]; buffer[0][1] =  data[478]; buffer[0][2] =  data[479]; buffer[0][3] =  data[505]; buffer[0][4] =  data[506]; buffer[0][5] =  data[507]; buffer[0][6] =  data[533]; buffer[0][7] =  data[534]; buffer[0][8] =  data[535];

        }
        if (partition == 444) {
            buffer[0][0] =  data[478]; buffer[0][1] =  data[479]; buffer[0][2] =  data[480]; buffer[0][3] =  data[506]; buffer[0][4] =  data[507]; buffer[0][5] =  data[508]; buffer[0][6] =  data[534]; buffer[0][7] =  data[535]; buffer[0][8] =  data[536];

        }
        if (partition == 445) {
            buffer[0][0] =  data[479]; buffer[0][1] =  data[480]; buffer[0][2] =  data[481]; buffer[0][3] =  data[507]; buffer[0][4] =  data[508]; buffer[0][5] =  data[509]; buffer[0][6] =  data[535]; buffer[0][7] =  data[536]; buffer[0][8] =  data[537];

        }
        if (partition == 446) {
            buffer[0][0] =  data[480]; buffer[0][1] =  data[481]; buffer[0][2] =  data[482]; buffer[0][3] =  data[508]; buffer[0][4] =  data[509]; buffer[0][5] =  data[510]; buffer[0][6] =  data[536]; buffer[0][7] =  data[537]; buffer[0][8] =  data[538];

        }
        if (partition == 447) {
            buffer[0][0] =  data[481]; buffer[0][1] =  data[482]; buffer[0][2] =  data[483]; buffer[0][3] =  data[509]; buffer[0][4] =  data[510]; buffer[0][5] =  data[511]; buffer[0][6] =  data[537]; buffer[0][7] =  data[538]; buffer[0][8] =  data[539];

        }
        if (partition == 448) {
            buffer[0][0] =  data[482]; buffer[0][1] =  data[483]; buffer[0][2] =  data[484]; buffer[0][3] =  data[510]; buffer[0][4] =  data[511]; buffer[0][5] =  data[512]; buffer[0][6] =  data[538]; buffer[0][7] =  data[539]; buffer[0][8] =  data[540];

        }
        if (partition == 449) {
            buffer[0][0] =  data[483]; buffer[0][1] =  data[484]; buffer[0][2] =  data[485]; buffer[0][3] =  data[511]; buffer[0][4] =  data[512]; buffer[0][5] =  data[513]; buffer[0][6] =  data[539]; buffer[0][7] =  data[540]; buffer[0][8] =  data[541];

        }
        if (partition == 450) {
            buffer[0][0] =  data[484]; buffer[0][1] =  data[485]; buffer[0][2] =  data[486]; buffer[0][3] =  data[512]; buffer[0][4] =  data[513]; buffer[0][5] =  data[514]; buffer[0][6] =  data[540]; buffer[0][7] =  data[541]; buffer[0][8] =  data[542];

        }
        if (partition == 451) {
            buffer[0][0] =  data[485]; buffer[0][1] =  data[486]; buffer[0][2] =  data[487]; buffer[0][3] =  data[513]; buffer[0][4] =  data[514]; buffer[0][5] =  data[515]; buffer[0][6] =  data[541]; buffer[0][7] =  data[542]; buffer[0][8] =  data[543];

        }
        if (partition == 452) {
            buffer[0][0] =  data[486]; buffer[0][1] =  data[487]; buffer[0][2] =  data[488]; buffer[0][3] =  data[514]; buffer[0][4] =  data[515]; buffer[0][5] =  data[516]; buffer[0][6] =  data[542]; buffer[0][7] =  data[543]; buffer[0][8] =  data[544];

        }
        if (partition == 453) {
            buffer[0][0] =  data[487]; buffer[0][1] =  data[488]; buffer[0][2] =  data[489]; buffer[0][3] =  data[515]; buffer[0][4] =  data[516]; buffer[0][5] =  data[517]; buffer[0][6] =  data[543]; buffer[0][7] =  data[544]; buffer[0][8] =  data[545];

        }
        if (partition == 454) {
            buffer[0][0] =  data[488]; buffer[0][1] =  data[489]; buffer[0][2] =  data[490]; buffer[0][3] =  data[516]; buffer[0][4] =  data[517]; buffer[0][5] =  data[518]; buffer[0][6] =  data[544]; buffer[0][7] =  data[545]; buffer[0][8] =  data[546];

        }
        if (partition == 455) {
            buffer[0][0] =  data[489]; buffer[0][1] =  data[490]; buffer[0][2] =  data[491]; buffer[0][3] =  data[517]; buffer[0][4] =  data[518]; buffer[0][5] =  data[519]; buffer[0][6] =  data[545]; buffer[0][7] =  data[546]; buffer[0][8] =  data[547];

        }
        if (partition == 456) {
            buffer[0][0] =  data[490]; buffer[0][1] =  data[491]; buffer[0][2] =  data[492]; buffer[0][3] =  data[518]; buffer[0][4] =  data[519]; buffer[0][5] =  data[520]; buffer[0][6] =  data[546]; buffer[0][7] =  data[547]; buffer[0][8] =  data[548];

        }
        if (partition == 457) {
            buffer[0][0] =  data[491]; buffer[0][1] =  data[492]; buffer[0][2] =  data[493]; buffer[0][3] =  data[519]; buffer[0][4] =  data[520]; buffer[0][5] =  data[521]; buffer[0][6] =  data[547]; buffer[0][7] =  data[548]; buffer[0][8] =  data[549];

        }
        if (partition == 458) {
            buffer[0][0] =  data[492]; buffer[0][1] =  data[493]; buffer[0][2] =  data[494]; buffer[0][3] =  data[520]; buffer[0][4] =  data[521]; buffer[0][5] =  data[522]; buffer[0][6] =  data[548]; buffer[0][7] =  data[549]; buffer[0][8] =  data[550];

        }
        if (partition == 459) {
            buffer[0][0] =  data[493]; buffer[0][1] =  data[494]; buffer[0][2] =  data[495]; buffer[0][3] =  data[521]; buffer[0][4] =  data[522]; buffer[0][5] =  data[523]; buffer[0][6] =  data[549]; buffer[0][7] =  data[550]; buffer[0][8] =  data[551];

        }
        if (partition == 460) {
            buffer[0][0] =  data[494]; buffer[0][1] =  data[495]; buffer[0][2] =  data[496]; buffer[0][3] =  data[522]; buffer[0][4] =  data[523]; buffer[0][5] =  data[524]; buffer[0][6] =  data[550]; buffer[0][7] =  data[551]; buffer[0][8] =  data[552];

        }
        if (partition == 461) {
            buffer[0][0] =  data[495]; buffer[0][1] =  data[496]; buffer[0][2] =  data[497]; buffer[0][3] =  data[523]; buffer[0][4] =  data[524]; buffer[0][5] =  data[525]; buffer[0][6] =  data[551]; buffer[0][7] =  data[552]; buffer[0][8] =  data[553];

        }
        if (partition == 462) {
            buffer[0][0] =  data[496]; buffer[0][1] =  data[497]; buffer[0][2] =  data[498]; buffer[0][3] =  data[524]; buffer[0][4] =  data[525]; buffer[0][5] =  data[526]; buffer[0][6] =  data[552]; buffer[0][7] =  data[553]; buffer[0][8] =  data[554];

        }
        if (partition == 463) {
            buffer[0][0] =  data[497]; buffer[0][1] =  data[498]; buffer[0][2] =  data[499]; buffer[0][3] =  data[525]; buffer[0][4] =  data[526]; buffer[0][5] =  data[527]; buffer[0][6] =  data[553]; buffer[0][7] =  data[554]; buffer[0][8] =  data[555];

        }
        if (partition == 464) {
            buffer[0][0] =  data[498]; buffer[0][1] =  data[499]; buffer[0][2] =  data[500]; buffer[0][3] =  data[526]; buffer[0][4] =  data[527]; buffer[0][5] =  data[528]; buffer[0][6] =  data[554]; buffer[0][7] =  data[555]; buffer[0][8] =  data[556];

        }
        if (partition == 465) {
            buffer[0][0] =  data[499]; buffer[0][1] =  data[500]; buffer[0][2] =  data[501]; buffer[0][3] =  data[527]; buffer[0][4] =  data[528]; buffer[0][5] =  data[529]; buffer[0][6] =  data[555]; buffer[0][7] =  data[556]; buffer[0][8] =  data[557];

        }
        if (partition == 466) {
            buffer[0][0] =  data[500]; buffer[0][1] =  data[501]; buffer[0][2] =  data[502]; buffer[0][3] =  data[528]; buffer[0][4] =  data[529]; buffer[0][5] =  data[530]; buffer[0][6] =  data[556]; buffer[0][7] =  data[557]; buffer[0][8] =  data[558];

        }
        if (partition == 467) {
            buffer[0][0] =  data[501]; buffer[0][1] =  data[502]; buffer[0][2] =  data[503]; buffer[0][3] =  data[529]; buffer[0][4] =  data[530]; buffer[0][5] =  data[531]; buffer[0][6] =  data[557]; buffer[0][7] =  data[558]; buffer[0][8] =  data[559];

        }
        if (partition == 468) {
            buffer[0][0] =  data[504]; buffer[0][1] =  data[505]; buffer[0][2] =  data[506]; buffer[0][3] =  data[532]; buffer[0][4] =  data[533]; buffer[0][5] =  data[534]; buffer[0][6] =  data[560]; buffer[0][7] =  data[561]; buffer[0][8] =  data[562];

        }
        if (partition == 469) {
            buffer[0][0] =  data[505]; buffer[0][1] =  data[506]; buffer[0][2] =  data[507]; buffer[0][3] =  data[533]; buffer[0][4] =  data[534]; buffer[0][5] =  data[535]; buffer[0][6] =  data[561]; buffer[0][7] =  data[562]; buffer[0][8] =  data[563];

        }
        if (partition == 470) {
            buffer[0][0] =  data[506]; buffer[0][1] =  data[507]; buffer[0][2] =  data[508]; buffer[0][3] =  data[534]; buffer[0][4] =  data[535]; buffer[0][5] =  data[536]; buffer[0][6] =  data[562]; buffer[0][7] =  data[563]; buffer[0][8] =  data[564];

        }
        if (partition == 471) {
            buffer[0][0] =  data[507]; buffer[0][1] =  data[508]; buffer[0][2] =  data[509]; buffer[0][3] =  data[535]; buffer[0][4] =  data[536]; buffer[0][5] =  data[537]; buffer[0][6] =  data[563]; buffer[0][7] =  data[564]; buffer[0][8] =  data[565];

        }
        if (partition == 472) {
            buffer[0][0] =  data[508]; buffer[0][1] =  data[509]; buffer[0][2] =  data[510]; buffer[0][3] =  data[536]; buffer[0][4] =  data[537]; buffer[0][5] =  data[538]; buffer[0][6] =  data[564]; buffer[0][7] =  data[565]; buffer[0][8] =  data[566];

        }
        if (partition == 473) {
            buffer[0][0] =  data[509]; buffer[0][1] =  data[510]; buffer[0][2] =  data[511]; buffer[0][3] =  data[537]; buffer[0][4] =  data[538]; buffer[0][5] =  data[539]; buffer[0][6] =  data[565]; buffer[0][7] =  data[566]; buffer[0][8] =  data[567];

        }
        if (partition == 474) {
            buffer[0][0] =  data[510]; buffer[0][1] =  data[511]; buffer[0][2] =  data[512]; buffer[0][3] =  data[538]; buffer[0][4] =  data[539]; buffer[0][5] =  data[540]; buffer[0][6] =  data[566]; buffer[0][7] =  data[567]; buffer[0][8] =  data[568];

        }
        if (partition == 475) {
            buffer[0][0] =  data[511]; buffer[0][1] =  data[512]; buffer[0][2] =  data[513]; buffer[0][3] =  data[539]; buffer[0][4] =  data[540]; buffer[0][5] =  data[541]; buffer[0][6] =  data[567]; buffer[0][7] =  data[568]; buffer[0][8] =  data[569];

        }
        if (partition == 476) {
            buffer[0][0] =  data[512]; buffer[0][1] =  data[513]; buffer[0][2] =  data[514]; buffer[0][3] =  data[540]; buffer[0][4] =  data[541]; buffer[0][5] =  data[542]; buffer[0][6] =  data[568]; buffer[0][7] =  data[569]; buffer[0][8] =  data[570];

        }
        if (partition == 477) {
            buffer[0][0] =  data[513]; buffer[0][1] =  data[514]; buffer[0][2] =  data[515]; buffer[0][3] =  data[541]; buffer[0][4] =  data[542]; buffer[0][5] =  data[543]; buffer[0][6] =  data[569]; buffer[0][7] =  data[570]; buffer[0][8] =  data[571];

        }
        if (partition == 478) {
            buffer[0][0] =  data[514]; buffer[0][1] =  data[515]; buffer[0][2] =  data[516]; buffer[0][3] =  data[542]; buffer[0][4] =  data[543]; buffer[0][5] =  data[544]; buffer[0][6] =  data[570]; buffer[0][7] =  data[571]; buffer[0][8] =  data[572];

        }
        if (partition == 479) {
            buffer[0][0] =  data[515]; buffer[0][1] =  data[516]; buffer[0][2] =  data[517]; buffer[0][3] =  data[543]; buffer[0][4] =  data[544]; buffer[0][5] =  data[545]; buffer[0][6] =  data[571]; buffer[0][7] =  data[572]; buffer[0][8] =  data[573];

        }
        if (partition == 480) {
            buffer[0][0] =  data[516]; buffer[0][1] =  data[517]; buffer[0][2] =  data[518]; buffer[0][3] =  data[544]; buffer[0][4] =  data[545]; buffer[0][5] =  data[546]; buffer[0][6] =  data[572]; buffer[0][7] =  data[573]; buffer[0][8] =  data[574];

        }
        if (partition == 481) {
            buffer[0][0] =  data[517]; buffer[0][1] =  data[518]; buffer[0][2] =  data[519]; buffer[0][3] =  data[545]; buffer[0][4] =  data[546]; buffer[0][5] =  data[547]; buffer[0][6] =  data[573]; buffer[0][7] =  data[574]; buffer[0][8] =  data[575];

        }
        if (partition == 482) {
            buffer[0][0] =  data[518]; buffer[0][1] =  data[519]; buffer[0][2] =  data[520]; buffer[0][3] =  data[546]; buffer[0][4] =  data[547]; buffer[0][5] =  data[548]; buffer[0][6] =  data[574]; buffer[0][7] =  data[575]; buffer[0][8] =  data[576];

        }
        if (partition == 483) {
            buffer[0][0] =  data[519]; buffer[0][1] =  data[520]; buffer[0][2] =  data[521]; buffer[0][3] =  data[547]; buffer[0][4] =  data[548]; buffer[0][5] =  data[549]; buffer[0][6] =  data[575]; buffer[0][7] =  data[576]; buffer[0][8] =  data[577];

        }
        if (partition == 484) {
            buffer[0][0] =  data[520]; buffer[0][1] =  data[521]; buffer[0][2] =  data[522]; buffer[0][3] =  data[548]; buffer[0][4] =  data[549]; buffer[0][5] =  data[550]; buffer[0][6] =  data[576]; buffer[0][7] =  data[577]; buffer[0][8] =  data[578];

        }
        if (partition == 485) {
            buffer[0][0] =  data[521]; buffer[0][1] =  data[522]; buffer[0][2] =  data[523]; buffer[0][3] =  data[549]; buffer[0][4] =  data[550]; buffer[0][5] =  data[551]; buffer[0][6] =  data[577]; buffer[0][7] =  data[578]; buffer[0][8] =  data[579];

        }
        if (partition == 486) {
            buffer[0][0] =  data[522]; buffer[0][1] =  data[523]; buffer[0][2] =  data[524]; buffer[0][3] =  data[550]; buffer[0][4] =  data[551]; buffer[0][5] =  data[552]; buffer[0][6] =  data[578]; buffer[0][7] =  data[579]; buffer[0][8] =  data[580];

        }
        if (partition == 487) {
            buffer[0][0] =  data[523]; buffer[0][1] =  data[524]; buffer[0][2] =  data[525]; buffer[0][3] =  data[551]; buffer[0][4] =  data[552]; buffer[0][5] =  data[553]; buffer[0][6] =  data[579]; buffer[0][7] =  data[580]; buffer[0][8] =  data[581];

        }
        if (partition == 488) {
            buffer[0][0] =  data[524]; buffer[0][1] =  data[525]; buffer[0][2] =  data[526]; buffer[0][3] =  data[552]; buffer[0][4] =  data[553]; buffer[0][5] =  data[554]; buffer[0][6] =  data[580]; buffer[0][7] =  data[581]; buffer[0][8] =  data[582];

        }
        if (partition == 489) {
            buffer[0][0] =  data[525]; buffer[0][1] =  data[526]; buffer[0][2] =  data[527]; buffer[0][3] =  data[553]; buffer[0][4] =  data[554]; buffer[0][5] =  data[555]; buffer[0][6] =  data[581]; buffer[0][7] =  data[582]; buffer[0][8] =  data[583];

        }
        if (partition == 490) {
            buffer[0][0] =  data[526]; buffer[0][1] =  data[527]; buffer[0][2] =  data[528]; buffer[0][3] =  data[554]; buffer[0][4] =  data[555]; buffer[0][5] =  data[556]; buffer[0][6] =  data[582]; buffer[0][7] =  data[583]; buffer[0][8] =  data[584];

        }
        if (partition == 491) {
            buffer[0][0] =  data[527]; buffer[0][1] =  data[528]; buffer[0][2] =  data[529]; buffer[0][3] =  data[555]; buffer[0][4] =  data[556]; buffer[0][5] =  data[557]; buffer[0][6] =  data[583]; buffer[0][7] =  data[584]; buffer[0][8] =  data[585];

        }
        if (partition == 492) {
            buffer[0][0] =  data[528]; buffer[0][1] =  data[529]; buffer[0][2] =  data[530]; buffer[0][3] =  data[556]; buffer[0][4] =  data[557]; buffer[0][5] =  data[558]; buffer[0][6] =  data[584]; buffer[0][7] =  data[585]; buffer[0][8] =  data[586];

        }
        if (partition == 493) {
            buffer[0][0] =  data[529]; buffer[0][1] =  data[530]; buffer[0][2] =  data[531]; buffer[0][3] =  data[557]; buffer[0][4] =  data[558]; buffer[0][5] =  data[559]; buffer[0][6] =  data[585]; buffer[0][7] =  data[586]; buffer[0][8] =  data[587];

        }
        if (partition == 494) {
            buffer[0][0] =  data[532]; buffer[0][1] =  data[533]; buffer[0][2] =  data[534]; buffer[0][3] =  data[560]; buffer[0][4] =  data[561]; buffer[0][5] =  data[562]; buffer[0][6] =  data[588]; buffer[0][7] =  data[589]; buffer[0][8] =  data[590];

        }
        if (partition == 495) {
            buffer[0][0] =  data[533]; buffer[0][1] =  data[534]; buffer[0][2] =  data[535]; buffer[0][3] =  data[561]; buffer[0][4] =  data[562]; buffer[0][5] =  data[563]; buffer[0][6] =  data[589]; buffer[0][7] =  data[590]; buffer[0][8] =  data[591];

        }
        if (partition == 496) {
            buffer[0][0] =  data[534]; buffer[0][1] =  data[535]; buffer[0][2] =  data[536]; buffer[0][3] =  data[562]; buffer[0][4] =  data[563]; buffer[0][5] =  data[564]; buffer[0][6] =  data[590]; buffer[0][7] =  data[591]; buffer[0][8] =  data[592];

        }
        if (partition == 497) {
            buffer[0][0] =  data[535]; buffer[0][1] =  data[536]; buffer[0][2] =  data[537]; buffer[0][3] =  data[563]; buffer[0][4] =  data[564]; buffer[0][5] =  data[565]; buffer[0][6] =  data[591]; buffer[0][7] =  data[592]; buffer[0][8] =  data[593];

        }
        if (partition == 498) {
            buffer[0][0] =  data[536]; buffer[0][1] =  data[537]; buffer[0][2] =  data[538]; buffer[0][3] =  data[564]; buffer[0][4] =  data[565]; buffer[0][5] =  data[566]; buffer[0][6] =  data[592]; buffer[0][7] =  data[593]; buffer[0][8] =  data[594];

        }
        if (partition == 499) {
            buffer[0][0] =  data[537]; buffer[0][1] =  data[538]; buffer[0][2] =  data[539]; buffer[0][3] =  data[565]; buffer[0][4] =  data[566]; buffer[0][5] =  data[567]; buffer[0][6] =  data[593]; buffer[0][7] =  data[594]; buffer[0][8] =  data[595];

        }
        if (partition == 500) {
            buffer[0][0] =  data[538]; buffer[0][1] =  data[539]; buffer[0][2] =  data[540]; buffer[0][3] =  data[566]; buffer[0][4] =  data[567]; buffer[0][5] =  data[568]; buffer[0][6] =  data[594]; buffer[0][7] =  data[595]; buffer[0][8] =  data[596];

        }
        if (partition == 501) {
            buffer[0][0] =  data[539]; buffer[0][1] =  data[540]; buffer[0][2] =  data[541]; buffer[0][3] =  data[567]; buffer[0][4] =  data[568]; buffer[0][5] =  data[569]; buffer[0][6] =  data[595]; buffer[0][7] =  data[596]; buffer[0][8] =  data[597];

        }
        if (partition == 502) {
            buffer[0][0] =  data[540]; buffer[0][1] =  data[541]; buffer[0][2] =  data[542]; buffer[0][3] =  data[568]; buffer[0][4] =  data[569]; buffer[0][5] =  data[570]; buffer[0][6] =  data[596]; buffer[0][7] =  data[597]; buffer[0][8] =  data[598];

        }
        if (partition == 503) {
            buffer[0][0] =  data[541]; buffer[0][1] =  data[542]; buffer[0][2] =  data[543]; buffer[0][3] =  data[569]; buffer[0][4] =  data[570]; buffer[0][5] =  data[571]; buffer[0][6] =  data[597]; buffer[0][7] =  data[598]; buffer[0][8] =  data[599];

        }
        if (partition == 504) {
            buffer[0][0] =  data[542]; buffer[0][1] =  data[543]; buffer[0][2] =  data[544]; buffer[0][3] =  data[570]; buffer[0][4] =  data[571]; buffer[0][5] =  data[572]; buffer[0][6] =  data[598]; buffer[0][7] =  data[599]; buffer[0][8] =  data[600];

        }
        if (partition == 505) {
            buffer[0][0] =  data[543]; buffer[0][1] =  data[544]; buffer[0][2] =  data[545]; buffer[0][3] =  data[571]; buffer[0][4] =  data[572]; buffer[0][5] =  data[573]; buffer[0][6] =  data[599]; buffer[0][7] =  data[600]; buffer[0][8] =  data[601];

        }
        if (partition == 506) {
            buffer[0][0] =  data[544]; buffer[0][1] =  data[545]; buffer[0][2] =  data[546]; buffer[0][3] =  data[572]; buffer[0][4] =  data[573]; buffer[0][5] =  data[574]; buffer[0][6] =  data[600]; buffer[0][7] =  data[601]; buffer[0][8] =  data[602];

        }
        if (partition == 507) {
            buffer[0][0] =  data[545]; buffer[0][1] =  data[546]; buffer[0][2] =  data[547]; buffer[0][3] =  data[573]; buffer[0][4] =  data[574]; buffer[0][5] =  data[575]; buffer[0][6] =  data[601]; buffer[0][7] =  data[602]; buffer[0][8] =  data[603];

        }
        if (partition == 508) {
            buffer[0][0] =  data[546]; buffer[0][1] =  data[547]; buffer[0][2] =  data[548]; buffer[0][3] =  data[574]; buffer[0][4] =  data[575]; buffer[0][5] =  data[576]; buffer[0][6] =  data[602]; buffer[0][7] =  data[603]; buffer[0][8] =  data[604];

        }
        if (partition == 509) {
            buffer[0][0] =  data[547]; buffer[0][1] =  data[548]; buffer[0][2] =  data[549]; buffer[0][3] =  data[575]; buffer[0][4] =  data[576]; buffer[0][5] =  data[577]; buffer[0][6] =  data[603]; buffer[0][7] =  data[604]; buffer[0][8] =  data[605];

        }
        if (partition == 510) {
            buffer[0][0] =  data[548]; buffer[0][1] =  data[549]; buffer[0][2] =  data[550]; buffer[0][3] =  data[576]; buffer[0][4] =  data[577]; buffer[0][5] =  data[578]; buffer[0][6] =  data[604]; buffer[0][7] =  data[605]; buffer[0][8] =  data[606];

        }
        if (partition == 511) {
            buffer[0][0] =  data[549]; buffer[0][1] =  data[550]; buffer[0][2] =  data[551]; buffer[0][3] =  data[577]; buffer[0][4] =  data[578]; buffer[0][5] =  data[579]; buffer[0][6] =  data[605]; buffer[0][7] =  data[606]; buffer[0][8] =  data[607];

        }
        if (partition == 512) {
            buffer[0][0] =  data[550]; buffer[0][1] =  data[551]; buffer[0][2] =  data[552]; buffer[0][3] =  data[578]; buffer[0][4] =  data[579]; buffer[0][5] =  data[580]; buffer[0][6] =  data[606]; buffer[0][7] =  data[607]; buffer[0][8] =  data[608];

        }
        if (partition == 513) {
            buffer[0][0] =  data[551]; buffer[0][1] =  data[552]; buffer[0][2] =  data[553]; buffer[0][3] =  data[579]; buffer[0][4] =  data[580]; buffer[0][5] =  data[581]; buffer[0][6] =  data[607]; buffer[0][7] =  data[608]; buffer[0][8] =  data[609];

        }
        if (partition == 514) {
            buffer[0][0] =  data[552]; buffer[0][1] =  data[553]; buffer[0][2] =  data[554]; buffer[0][3] =  data[580]; buffer[0][4] =  data[581]; buffer[0][5] =  data[582]; buffer[0][6] =  data[608]; buffer[0][7] =  data[609]; buffer[0][8] =  data[610];

        }
        if (partition == 515) {
            buffer[0][0] =  data[553]; buffer[0][1] =  data[554]; buffer[0][2] =  data[555]; buffer[0][3] =  data[581]; buffer[0][4] =  data[582]; buffer[0][5] =  data[583]; buffer[0][6] =  data[609]; buffer[0][7] =  data[610]; buffer[0][8] =  data[611];

        }
        if (partition == 516) {
            buffer[0][0] =  data[554]; buffer[0][1] =  data[555]; buffer[0][2] =  data[556]; buffer[0][3] =  data[582]; buffer[0][4] =  data[583]; buffer[0][5] =  data[584]; buffer[0][6] =  data[610]; buffer[0][7] =  data[611]; buffer[0][8] =  data[612];

        }
        if (partition == 517) {
            buffer[0][0] =  data[555]; buffer[0][1] =  data[556]; buffer[0][2] =  data[557]; buffer[0][3] =  data[583]; buffer[0][4] =  data[584]; buffer[0][5] =  data[585]; buffer[0][6] =  data[611]; buffer[0][7] =  data[612]; buffer[0][8] =  data[613];

        }
        if (partition == 518) {
            buffer[0][0] =  data[556]; buffer[0][1] =  data[557]; buffer[0][2] =  data[558]; buffer[0][3] =  data[584]; buffer[0][4] =  data[585]; buffer[0][5] =  data[586]; buffer[0][6] =  data[612]; buffer[0][7] =  data[613]; buffer[0][8] =  data[614];

        }
        if (partition == 519) {
            buffer[0][0] =  data[557]; buffer[0][1] =  data[558]; buffer[0][2] =  data[559]; buffer[0][3] =  data[585]; buffer[0][4] =  data[586]; buffer[0][5] =  data[587]; buffer[0][6] =  data[613]; buffer[0][7] =  data[614]; buffer[0][8] =  data[615];

        }
        if (partition == 520) {
            buffer[0][0] =  data[560]; buffer[0][1] =  data[561]; buffer[0][2] =  data[562]; buffer[0][3] =  data[588]; buffer[0][4] =  data[589]; buffer[0][5] =  data[590]; buffer[0][6] =  data[616]; buffer[0][7] =  data[617]; buffer[0][8] =  data[618];

        }
        if (partition == 521) {
            buffer[0][0] =  data[561]; buffer[0][1] =  data[562]; buffer[0][2] =  data[563]; buffer[0][3] =  data[589]; buffer[0][4] =  data[590]; buffer[0][5] =  data[591]; buffer[0][6] =  data[617]; buffer[0][7] =  data[618]; buffer[0][8] =  data[619];

        }
        if (partition == 522) {
            buffer[0][0] =  data[562]; buffer[0][1] =  data[563]; buffer[0][2] =  data[564]; buffer[0][3] =  data[590]; buffer[0][4] =  data[591]; buffer[0][5] =  data[592]; buffer[0][6] =  data[618]; buffer[0][7] =  data[619]; buffer[0][8] =  data[620];

        }
        if (partition == 523) {
            buffer[0][0] =  data[563]; buffer[0][1] =  data[564]; buffer[0][2] =  data[565]; buffer[0][3] =  data[591]; buffer[0][4] =  data[592]; buffer[0][5] =  data[593]; buffer[0][6] =  data[619]; buffer[0][7] =  data[620]; buffer[0][8] =  data[621];

        }
        if (partition == 524) {
            buffer[0][0] =  data[564]; buffer[0][1] =  data[565]; buffer[0][2] =  data[566]; buffer[0][3] =  data[592]; buffer[0][4] =  data[593]; buffer[0][5] =  data[594]; buffer[0][6] =  data[620]; buffer[0][7] =  data[621]; buffer[0][8] =  data[622];

        }
        if (partition == 525) {
            buffer[0][0] =  data[565]; buffer[0][1] =  data[566]; buffer[0][2] =  data[567]; buffer[0][3] =  data[593]; buffer[0][4] =  data[594]; buffer[0][5] =  data[595]; buffer[0][6] =  data[621]; buffer[0][7] =  data[622]; buffer[0][8] =  data[623];

        }
        if (partition == 526) {
            buffer[0][0] =  data[566]; buffer[0][1] =  data[567]; buffer[0][2] =  data[568]; buffer[0][3] =  data[594]; buffer[0][4] =  data[595]; buffer[0][5] =  data[596]; buffer[0][6] =  data[622]; buffer[0][7] =  data[623]; buffer[0][8] =  data[624];

        }
        if (partition == 527) {
            buffer[0][0] =  data[567]; buffer[0][1] =  data[568]; buffer[0][2] =  data[569]; buffer[0][3] =  data[595]; buffer[0][4] =  data[596]; buffer[0][5] =  data[597]; buffer[0][6] =  data[623]; buffer[0][7] =  data[624]; buffer[0][8] =  data[625];

        }
        if (partition == 528) {
            buffer[0][0] =  data[568]; buffer[0][1] =  data[569]; buffer[0][2] =  data[570]; buffer[0][3] =  data[596]; buffer[0][4] =  data[597]; buffer[0][5] =  data[598]; buffer[0][6] =  data[624]; buffer[0][7] =  data[625]; buffer[0][8] =  data[626];

        }
        if (partition == 529) {
            buffer[0][0] =  data[569]; buffer[0][1] =  data[570]; buffer[0][2] =  data[571]; buffer[0][3] =  data[597]; buffer[0][4] =  data[598]; buffer[0][5] =  data[599]; buffer[0][6] =  data[625]; buffer[0][7] =  data[626]; buffer[0][8] =  data[627];

        }
        if (partition == 530) {
            buffer[0][0] =  data[570]; buffer[0][1] =  data[571]; buffer[0][2] =  data[572]; buffer[0][3] =  data[598]; buffer[0][4] =  data[599]; buffer[0][5] =  data[600]; buffer[0][6] =  data[626]; buffer[0][7] =  data[627]; buffer[0][8] =  data[628];

        }
        if (partition == 531) {
            buffer[0][0] =  data[571]; buffer[0][1] =  data[572]; buffer[0][2] =  data[573]; buffer[0][3] =  data[599]; buffer[0][4] =  data[600]; buffer[0][5] =  data[601]; buffer[0][6] =  data[627]; buffer[0][7] =  data[628]; buffer[0][8] =  data[629];

        }
        if (partition == 532) {
            buffer[0][0] =  data[572]; buffer[0][1] =  data[573]; buffer[0][2] =  data[574]; buffer[0][3] =  data[600]; buffer[0][4] =  data[601]; buffer[0][5] =  data[602]; buffer[0][6] =  data[628]; buffer[0][7] =  data[629]; buffer[0][8] =  data[630];

        }
        if (partition == 533) {
            buffer[0][0] =  data[573]; buffer[0][1] =  data[574]; buffer[0][2] =  data[575]; buffer[0][3] =  data[601]; buffer[0][4] =  data[602]; buffer[0][5] =  data[603]; buffer[0][6] =  data[629]; buffer[0][7] =  data[630]; buffer[0][8] =  data[631];

        }
        if (partition == 534) {
            buffer[0][0] =  data[574]; buffer[0][1] =  data[575]; buffer[0][2] =  data[576]; buffer[0][3] =  data[602]; buffer[0][4] =  data[603]; buffer[0][5] =  data[604]; buffer[0][6] =  data[630]; buffer[0][7] =  data[631]; buffer[0][8] =  data[632];

        }
        if (partition == 535) {
            buffer[0][0] =  data[575]; buffer[0][1] =  data[576]; buffer[0][2] =  data[577]; buffer[0][3] =  data[603]; buffer[0][4] =  data[604]; buffer[0][5] =  data[605]; buffer[0][6] =  data[631]; buffer[0][7] =  data[632]; buffer[0][8] =  data[633];

        }
        if (partition == 536) {
            buffer[0][0] =  data[576]; buffer[0][1] =  data[577]; buffer[0][2] =  data[578]; buffer[0][3] =  data[604]; buffer[0][4] =  data[605]; buffer[0][5] =  data[606]; buffer[0][6] =  data[632]; buffer[0][7] =  data[633]; buffer[0][8] =  data[634];

        }
        if (partition == 537) {
            buffer[0][0] =  data[577]; buffer[0][1] =  data[578]; buffer[0][2] =  data[579]; buffer[0][3] =  data[605]; buffer[0][4] =  data[606]; buffer[0][5] =  data[607]; buffer[0][6] =  data[633]; buffer[0][7] =  data[634]; buffer[0][8] =  data[635];

        }
        if (partition == 538) {
            buffer[0][0] =  data[578]; buffer[0][1] =  data[579]; buffer[0][2] =  data[580]; buffer[0][3] =  data[606]; buffer[0][4] =  data[607]; buffer[0][5] =  data[608]; buffer[0][6] =  data[634]; buffer[0][7] =  data[635]; buffer[0][8] =  data[636];

        }
        if (partition == 539) {
            buffer[0][0] =  data[579]; buffer[0][1] =  data[580]; buffer[0][2] =  data[581]; buffer[0][3] =  data[607]; buffer[0][4] =  data[608]; buffer[0][5] =  data[609]; buffer[0][6] =  data[635]; buffer[0][7] =  data[636]; buffer[0][8] =  data[637];

        }
        if (partition == 540) {
            buffer[0][0] =  data[580]; buffer[0][1] =  data[581]; buffer[0][2] =  data[582]; buffer[0][3] =  data[608]; buffer[0][4] =  data[609]; buffer[0][5] =  data[610]; buffer[0][6] =  data[636]; buffer[0][7] =  data[637]; buffer[0][8] =  data[638];

        }
        if (partition == 541) {
            buffer[0][0] =  data[581]; buffer[0][1] =  data[582]; buffer[0][2] =  data[583]; buffer[0][3] =  data[609]; buffer[0][4] =  data[610]; buffer[0][5] =  data[611]; buffer[0][6] =  data[637]; buffer[0][7] =  data[638]; buffer[0][8] =  data[639];

        }
        if (partition == 542) {
            buffer[0][0] =  data[582]; buffer[0][1] =  data[583]; buffer[0][2] =  data[584]; buffer[0][3] =  data[610]; buffer[0][4] =  data[611]; buffer[0][5] =  data[612]; buffer[0][6] =  data[638]; buffer[0][7] =  data[639]; buffer[0][8] =  data[640];

        }
        if (partition == 543) {
            buffer[0][0] =  data[583]; buffer[0][1] =  data[584]; buffer[0][2] =  data[585]; buffer[0][3] =  data[611]; buffer[0][4] =  data[612]; buffer[0][5] =  data[613]; buffer[0][6] =  data[639]; buffer[0][7] =  data[640]; buffer[0][8] =  data[641];

        }
        if (partition == 544) {
            buffer[0][0] =  data[584]; buffer[0][1] =  data[585]; buffer[0][2] =  data[586]; buffer[0][3] =  data[612]; buffer[0][4] =  data[613]; buffer[0][5] =  data[614]; buffer[0][6] =  data[640]; buffer[0][7] =  data[641]; buffer[0][8] =  data[642];

        }
        if (partition == 545) {
            buffer[0][0] =  data[585]; buffer[0][1] =  data[586]; buffer[0][2] =  data[587]; buffer[0][3] =  data[613]; buffer[0][4] =  data[614]; buffer[0][5] =  data[615]; buffer[0][6] =  data[641]; buffer[0][7] =  data[642]; buffer[0][8] =  data[643];

        }
        if (partition == 546) {
            buffer[0][0] =  data[588]; buffer[0][1] =  data[589]; buffer[0][2] =  data[590]; buffer[0][3] =  data[616]; buffer[0][4] =  data[617]; buffer[0][5] =  data[618]; buffer[0][6] =  data[644]; buffer[0][7] =  data[645]; buffer[0][8] =  data[646];

        }
        if (partition == 547) {
            buffer[0][0] =  data[589]; buffer[0][1] =  data[590]; buffer[0][2] =  data[591]; buffer[0][3] =  data[617]; buffer[0][4] =  data[618]; buffer[0][5] =  data[619]; buffer[0][6] =  data[645]; buffer[0][7] =  data[646]; buffer[0][8] =  data[647];

        }
        if (partition == 548) {
            buffer[0][0] =  data[590]; buffer[0][1] =  data[591]; buffer[0][2] =  data[592]; buffer[0][3] =  data[618]; buffer[0][4] =  data[619]; buffer[0][5] =  data[620]; buffer[0][6] =  data[646]; buffer[0][7] =  data[647]; buffer[0][8] =  data[648];

        }
        if (partition == 549) {
            buffer[0][0] =  data[591]; buffer[0][1] =  data[592]; buffer[0][2] =  data[593]; buffer[0][3] =  data[619]; buffer[0][4] =  data[620]; buffer[0][5] =  data[621]; buffer[0][6] =  data[647]; buffer[0][7] =  data[648]; buffer[0][8] =  data[649];

        }
        if (partition == 550) {
            buffer[0][0] =  data[592]; buffer[0][1] =  data[593]; buffer[0][2] =  data[594]; buffer[0][3] =  data[620]; buffer[0][4] =  data[621]; buffer[0][5] =  data[622]; buffer[0][6] =  data[648]; buffer[0][7] =  data[649]; buffer[0][8] =  data[650];

        }
        if (partition == 551) {
            buffer[0][0] =  data[593]; buffer[0][1] =  data[594]; buffer[0][2] =  data[595]; buffer[0][3] =  data[621]; buffer[0][4] =  data[622]; buffer[0][5] =  data[623]; buffer[0][6] =  data[649]; buffer[0][7] =  data[650]; buffer[0][8] =  data[651];

        }
        if (partition == 552) {
            buffer[0][0] =  data[594]; buffer[0][1] =  data[595]; buffer[0][2] =  data[596]; buffer[0][3] =  data[622]; buffer[0][4] =  data[623]; buffer[0][5] =  data[624]; buffer[0][6] =  data[650]; buffer[0][7] =  data[651]; buffer[0][8] =  data[652];

        }
        if (partition == 553) {
            buffer[0][0] =  data[595]; buffer[0][1] =  data[596]; buffer[0][2] =  data[597]; buffer[0][3] =  data[623]; buffer[0][4] =  data[624]; buffer[0][5] =  data[625]; buffer[0][6] =  data[651]; buffer[0][7] =  data[652]; buffer[0][8] =  data[653];

        }
        if (partition == 554) {
            buffer[0][0] =  data[596]; buffer[0][1] =  data[597]; buffer[0][2] =  data[598]; buffer[0][3] =  data[624]; buffer[0][4] =  data[625]; buffer[0][5] =  data[626]; buffer[0][6] =  data[652]; buffer[0][7] =  data[653]; buffer[0][8] =  data[654];

        }
        if (partition == 555) {
            buffer[0][0] =  data[597]; buffer[0][1] =  data[598]; buffer[0][2] =  data[599]; buffer[0][3] =  data[625]; buffer[0][4] =  data[626]; buffer[0][5] =  data[627]; buffer[0][6] =  data[653]; buffer[0][7] =  data[654]; buffer[0][8] =  data[655];

        }
        if (partition == 556) {
            buffer[0][0] =  data[598]; buffer[0][1] =  data[599]; buffer[0][2] =  data[600]; buffer[0][3] =  data[626]; buffer[0][4] =  data[627]; buffer[0][5] =  data[628]; buffer[0][6] =  data[654]; buffer[0][7] =  data[655]; buffer[0][8] =  data[656];

        }
        if (partition == 557) {
            buffer[0][0] =  data[599]; buffer[0][1] =  data[600]; buffer[0][2] =  data[601]; buffer[0][3] =  data[627]; buffer[0][4] =  data[628]; buffer[0][5] =  data[629]; buffer[0][6] =  data[655]; buffer[0][7] =  data[656]; buffer[0][8] =  data[657];

        }
        if (partition == 558) {
            buffer[0][0] =  data[600]; buffer[0][1] =  data[601]; buffer[0][2] =  data[602]; buffer[0][3] =  data[628]; buffer[0][4] =  data[629]; buffer[0][5] =  data[630]; buffer[0][6] =  data[656]; buffer[0][7] =  data[657]; buffer[0][8] =  data[658];

        }
        if (partition == 559) {
            buffer[0][0] =  data[601]; buffer[0][1] =  data[602]; buffer[0][2] =  data[603]; buffer[0][3] =  data[629]; buffer[0][4] =  data[630]; buffer[0][5] =  data[631]; buffer[0][6] =  data[657]; buffer[0][7] =  data[658]; buffer[0][8] =  data[659];

        }
        if (partition == 560) {
            buffer[0][0] =  data[602]; buffer[0][1] =  data[603]; buffer[0][2] =  data[604]; buffer[0][3] =  data[630]; buffer[0][4] =  data[631]; buffer[0][5] =  data[632]; buffer[0][6] =  data[658]; buffer[0][7] =  data[659]; buffer[0][8] =  data[660];

        }
        if (partition == 561) {
            buffer[0][0] =  data[603]; buffer[0][1] =  data[604]; buffer[0][2] =  data[605]; buffer[0][3] =  data[631]; buffer[0][4] =  data[632]; buffer[0][5] =  data[633]; buffer[0][6] =  data[659]; buffer[0][7] =  data[660]; buffer[0][8] =  data[661];

        }
        if (partition == 562) {
            buffer[0][0] =  data[604]; buffer[0][1] =  data[605]; buffer[0][2] =  data[606]; buffer[0][3] =  data[632]; buffer[0][4] =  data[633]; buffer[0][5] =  data[634]; buffer[0][6] =  data[660]; buffer[0][7] =  data[661]; buffer[0][8] =  data[662];

        }
        if (partition == 563) {
            buffer[0][0] =  data[605]; buffer[0][1] =  data[606]; buffer[0][2] =  data[607]; buffer[0][3] =  data[633]; buffer[0][4] =  data[634]; buffer[0][5] =  data[635]; buffer[0][6] =  data[661]; buffer[0][7] =  data[662]; buffer[0][8] =  data[663];

        }
        if (partition == 564) {
            buffer[0][0] =  data[606]; buffer[0][1] =  data[607]; buffer[0][2] =  data[608]; buffer[0][3] =  data[634]; buffer[0][4] =  data[635]; buffer[0][5] =  data[636]; buffer[0][6] =  data[662]; buffer[0][7] =  data[663]; buffer[0][8] =  data[664];

        }
        if (partition == 565) {
            buffer[0][0] =  data[607]; buffer[0][1] =  data[608]; buffer[0][2] =  data[609]; buffer[0][3] =  data[635]; buffer[0][4] =  data[636]; buffer[0][5] =  data[637]; buffer[0][6] =  data[663]; buffer[0][7] =  data[664]; buffer[0][8] =  data[665];

        }
        if (partition == 566) {
            buffer[0][0] =  data[608]; buffer[0][1] =  data[609]; buffer[0][2] =  data[610]; buffer[0][3] =  data[636]; buffer[0][4] =  data[637]; buffer[0][5] =  data[638]; buffer[0][6] =  data[664]; buffer[0][7] =  data[665]; buffer[0][8] =  data[666];

        }
        if (partition == 567) {
            buffer[0][0] =  data[609]; buffer[0][1] =  data[610]; buffer[0][2] =  data[611]; buffer[0][3] =  data[637]; buffer[0][4] =  data[638]; buffer[0][5] =  data[639]; buffer[0][6] =  data[665]; buffer[0][7] =  data[666]; buffer[0][8] =  data[667];

        }
        if (partition == 568) {
            buffer[0][0] =  data[610]; buffer[0][1] =  data[611]; buffer[0][2] =  data[612]; buffer[0][3] =  data[638]; buffer[0][4] =  data[639]; buffer[0][5] =  data[640]; buffer[0][6] =  data[666]; buffer[0][7] =  data[667]; buffer[0][8] =  data[668];

        }
        if (partition == 569) {
            buffer[0][0] =  data[611]; buffer[0][1] =  data[612]; buffer[0][2] =  data[613]; buffer[0][3] =  data[639]; buffer[0][4] =  data[640]; buffer[0][5] =  data[641]; buffer[0][6] =  data[667]; buffer[0][7] =  data[668]; buffer[0][8] =  data[669];

        }
        if (partition == 570) {
            buffer[0][0] =  data[612]; buffer[0][1] =  data[613]; buffer[0][2] =  data[614]; buffer[0][3] =  data[640]; buffer[0][4] =  data[641]; buffer[0][5] =  data[642]; buffer[0][6] =  data[668]; buffer[0][7] =  data[669]; buffer[0][8] =  data[670];

        }
        if (partition == 571) {
            buffer[0][0] =  data[613]; buffer[0][1] =  data[614]; buffer[0][2] =  data[615]; buffer[0][3] =  data[641]; buffer[0][4] =  data[642]; buffer[0][5] =  data[643]; buffer[0][6] =  data[669]; buffer[0][7] =  data[670]; buffer[0][8] =  data[671];

        }
        if (partition == 572) {
            buffer[0][0] =  data[616]; buffer[0][1] =  data[617]; buffer[0][2] =  data[618]; buffer[0][3] =  data[644]; buffer[0][4] =  data[645]; buffer[0][5] =  data[646]; buffer[0][6] =  data[672]; buffer[0][7] =  data[673]; buffer[0][8] =  data[674];

        }
        if (partition == 573) {
            buffer[0][0] =  data[617]; buffer[0][1] =  data[618]; buffer[0][2] =  data[619]; buffer[0][3] =  data[645]; buffer[0][4] =  data[646]; buffer[0][5] =  data[647]; buffer[0][6] =  data[673]; buffer[0][7] =  data[674]; buffer[0][8] =  data[675];

        }
        if (partition == 574) {
            buffer[0][0] =  data[618]; buffer[0][1] =  data[619]; buffer[0][2] =  data[620]; buffer[0][3] =  data[646]; buffer[0][4] =  data[647]; buffer[0][5] =  data[648]; buffer[0][6] =  data[674]; buffer[0][7] =  data[675]; buffer[0][8] =  data[676];

        }
        if (partition == 575) {
            buffer[0][0] =  data[619]; buffer[0][1] =  data[620]; buffer[0][2] =  data[621]; buffer[0][3] =  data[647]; buffer[0][4] =  data[648]; buffer[0][5] =  data[649]; buffer[0][6] =  data[675]; buffer[0][7] =  data[676]; buffer[0][8] =  data[677];

        }
        if (partition == 576) {
            buffer[0][0] =  data[620]; buffer[0][1] =  data[621]; buffer[0][2] =  data[622]; buffer[0][3] =  data[648]; buffer[0][4] =  data[649]; buffer[0][5] =  data[650]; buffer[0][6] =  data[676]; buffer[0][7] =  data[677]; buffer[0][8] =  data[678];

        }
        if (partition == 577) {
            buffer[0][0] =  data[621]; buffer[0][1] =  data[622]; buffer[0][2] =  data[623]; buffer[0][3] =  data[649]; buffer[0][4] =  data[650]; buffer[0][5] =  data[651]; buffer[0][6] =  data[677]; buffer[0][7] =  data[678]; buffer[0][8] =  data[679];

        }
        if (partition == 578) {
            buffer[0][0] =  data[622]; buffer[0][1] =  data[623]; buffer[0][2] =  data[624]; buffer[0][3] =  data[650]; buffer[0][4] =  data[651]; buffer[0][5] =  data[652]; buffer[0][6] =  data[678]; buffer[0][7] =  data[679]; buffer[0][8] =  data[680];

        }
        if (partition == 579) {
            buffer[0][0] =  data[623]; buffer[0][1] =  data[624]; buffer[0][2] =  data[625]; buffer[0][3] =  data[651]; buffer[0][4] =  data[652]; buffer[0][5] =  data[653]; buffer[0][6] =  data[679]; buffer[0][7] =  data[680]; buffer[0][8] =  data[681];

        }
        if (partition == 580) {
            buffer[0][0] =  data[624]; buffer[0][1] =  data[625]; buffer[0][2] =  data[626]; buffer[0][3] =  data[652]; buffer[0][4] =  data[653]; buffer[0][5] =  data[654]; buffer[0][6] =  data[680]; buffer[0][7] =  data[681]; buffer[0][8] =  data[682];

        }
        if (partition == 581) {
            buffer[0][0] =  data[625]; buffer[0][1] =  data[626]; buffer[0][2] =  data[627]; buffer[0][3] =  data[653]; buffer[0][4] =  data[654]; buffer[0][5] =  data[655]; buffer[0][6] =  data[681]; buffer[0][7] =  data[682]; buffer[0][8] =  data[683];

        }
        if (partition == 582) {
            buffer[0][0] =  data[626]; buffer[0][1] =  data[627]; buffer[0][2] =  data[628]; buffer[0][3] =  data[654]; buffer[0][4] =  data[655]; buffer[0][5] =  data[656]; buffer[0][6] =  data[682]; buffer[0][7] =  data[683]; buffer[0][8] =  data[684];

        }
        if (partition == 583) {
            buffer[0][0] =  data[627]; buffer[0][1] =  data[628]; buffer[0][2] =  data[629]; buffer[0][3] =  data[655]; buffer[0][4] =  data[656]; buffer[0][5] =  data[657]; buffer[0][6] =  data[683]; buffer[0][7] =  data[684]; buffer[0][8] =  data[685];

        }
        if (partition == 584) {
            buffer[0][0] =  data[628]; buffer[0][1] =  data[629]; buffer[0][2] =  data[630]; buffer[0][3] =  data[656]; buffer[0][4] =  data[657]; buffer[0][5] =  data[658]; buffer[0][6] =  data[684]; buffer[0][7] =  data[685]; buffer[0][8] =  data[686];

        }
        if (partition == 585) {
            buffer[0][0] =  data[629]; buffer[0][1] =  data[630]; buffer[0][2] =  data[631]; buffer[0][3] =  data[657]; buffer[0][4] =  data[658]; buffer[0][5] =  data[659]; buffer[0][6] =  data[685]; buffer[0][7] =  data[686]; buffer[0][8] =  data[687];

        }
        if (partition == 586) {
            buffer[0][0] =  data[630]; buffer[0][1] =  data[631]; buffer[0][2] =  data[632]; buffer[0][3] =  data[658]; buffer[0][4] =  data[659]; buffer[0][5] =  data[660]; buffer[0][6] =  data[686]; buffer[0][7] =  data[687]; buffer[0][8] =  data[688];

        }
        if (partition == 587) {
            buffer[0][0] =  data[631]; buffer[0][1] =  data[632]; buffer[0][2] =  data[633]; buffer[0][3] =  data[659]; buffer[0][4] =  data[660]; buffer[0][5] =  data[661]; buffer[0][6] =  data[687]; buffer[0][7] =  data[688]; buffer[0][8] =  data[689];

        }
        if (partition == 588) {
            buffer[0][0] =  data[632]; buffer[0][1] =  data[633]; buffer[0][2] =  data[634]; buffer[0][3] =  data[660]; buffer[0][4] =  data[661]; buffer[0][5] =  data[662]; buffer[0][6] =  data[688]; buffer[0][7] =  data[689]; buffer[0][8] =  data[690];

        }
        if (partition == 589) {
            buffer[0][0] =  data[633]; buffer[0][1] =  data[634]; buffer[0][2] =  data[635]; buffer[0][3] =  data[661]; buffer[0][4] =  data[662]; buffer[0][5] =  data[663]; buffer[0][6] =  data[689]; buffer[0][7] =  data[690]; buffer[0][8] =  data[691];

        }
        if (partition == 590) {
            buffer[0][0] =  data[634]; buffer[0][1] =  data[635]; buffer[0][2] =  data[636]; buffer[0][3] =  data[662]; buffer[0][4] =  data[663]; buffer[0][5] =  data[664]; buffer[0][6] =  data[690]; buffer[0][7] =  data[691]; buffer[0][8] =  data[692];

        }
        if (partition == 591) {
            buffer[0][0] =  data[635]; buffer[0][1] =  data[636]; buffer[0][2] =  data[637]; buffer[0][3] =  data[663]; buffer[0][4] =  data[664]; buffer[0][5] =  data[665]; buffer[0][6] =  data[691]; buffer[0][7] =  data[692]; buffer[0][8] =  data[693];

        }
        if (partition == 592) {
            buffer[0][0] =  data[636]; buffer[0][1] =  data[637]; buffer[0][2] =  data[638]; buffer[0][3] =  data[664]; buffer[0][4] =  data[665]; buffer[0][5] =  data[666]; buffer[0][6] =  data[692]; buffer[0][7] =  data[693]; buffer[0][8] =  data[694];

        }
        if (partition == 593) {
            buffer[0][0] =  data[637]; buffer[0][1] =  data[638]; buffer[0][2] =  data[639]; buffer[0][3] =  data[665]; buffer[0][4] =  data[666]; buffer[0][5] =  data[667]; buffer[0][6] =  data[693]; buffer[0][7] =  data[694]; buffer[0][8] =  data[695];

        }
        if (partition == 594) {
            buffer[0][0] =  data[638]; buffer[0][1] =  data[639]; buffer[0][2] =  data[640]; buffer[0][3] =  data[666]; buffer[0][4] =  data[667]; buffer[0][5] =  data[668]; buffer[0][6] =  data[694]; buffer[0][7] =  data[695]; buffer[0][8] =  data[696];

        }
        if (partition == 595) {
            buffer[0][0] =  data[639]; buffer[0][1] =  data[640]; buffer[0][2] =  data[641]; buffer[0][3] =  data[667]; buffer[0][4] =  data[668]; buffer[0][5] =  data[669]; buffer[0][6] =  data[695]; buffer[0][7] =  data[696]; buffer[0][8] =  data[697];

        }
        if (partition == 596) {
            buffer[0][0] =  data[640]; buffer[0][1] =  data[641]; buffer[0][2] =  data[642]; buffer[0][3] =  data[668]; buffer[0][4] =  data[669]; buffer[0][5] =  data[670]; buffer[0][6] =  data[696]; buffer[0][7] =  data[697]; buffer[0][8] =  data[698];

        }
        if (partition == 597) {
            buffer[0][0] =  data[641]; buffer[0][1] =  data[642]; buffer[0][2] =  data[643]; buffer[0][3] =  data[669]; buffer[0][4] =  data[670]; buffer[0][5] =  data[671]; buffer[0][6] =  data[697]; buffer[0][7] =  data[698]; buffer[0][8] =  data[699];

        }
        if (partition == 598) {
            buffer[0][0] =  data[644]; buffer[0][1] =  data[645]; buffer[0][2] =  data[646]; buffer[0][3] =  data[672]; buffer[0][4] =  data[673]; buffer[0][5] =  data[674]; buffer[0][6] =  data[700]; buffer[0][7] =  data[701]; buffer[0][8] =  data[702];

        }
        if (partition == 599) {
            buffer[0][0] =  data[645]; buffer[0][1] =  data[646]; buffer[0][2] =  data[647]; buffer[0][3] =  data[673]; buffer[0][4] =  data[674]; buffer[0][5] =  data[675]; buffer[0][6] =  data[701]; buffer[0][7] =  data[702]; buffer[0][8] =  data[703];

        }
        if (partition == 600) {
            buffer[0][0] =  data[646]; buffer[0][1] =  data[647]; buffer[0][2] =  data[648]; buffer[0][3] =  data[674]; buffer[0][4] =  data[675]; buffer[0][5] =  data[676]; buffer[0][6] =  data[702]; buffer[0][7] =  data[703]; buffer[0][8] =  data[704];

        }
        if (partition == 601) {
            buffer[0][0] =  data[647]; buffer[0][1] =  data[648]; buffer[0][2] =  data[649]; buffer[0][3] =  data[675]; buffer[0][4] =  data[676]; buffer[0][5] =  data[677]; buffer[0][6] =  data[703]; buffer[0][7] =  data[704]; buffer[0][8] =  data[705];

        }
        if (partition == 602) {
            buffer[0][0] =  data[648]; buffer[0][1] =  data[649]; buffer[0][2] =  data[650]; buffer[0][3] =  data[676]; buffer[0][4] =  data[677]; buffer[0][5] =  data[678]; buffer[0][6] =  data[704]; buffer[0][7] =  data[705]; buffer[0][8] =  data[706];

        }
        if (partition == 603) {
            buffer[0][0] =  data[649]; buffer[0][1] =  data[650]; buffer[0][2] =  data[651]; buffer[0][3] =  data[677]; buffer[0][4] =  data[678]; buffer[0][5] =  data[679]; buffer[0][6] =  data[705]; buffer[0][7] =  data[706]; buffer[0][8] =  data[707];

        }
        if (partition == 604) {
            buffer[0][0] =  data[650]; buffer[0][1] =  data[651]; buffer[0][2] =  data[652]; buffer[0][3] =  data[678]; buffer[0][4] =  data[679]; buffer[0][5] =  data[680]; buffer[0][6] =  data[706]; buffer[0][7] =  data[707]; buffer[0][8] =  data[708];

        }
        if (partition == 605) {
            buffer[0][0] =  data[651]; buffer[0][1] =  data[652]; buffer[0][2] =  data[653]; buffer[0][3] =  data[679]; buffer[0][4] =  data[680]; buffer[0][5] =  data[681]; buffer[0][6] =  data[707]; buffer[0][7] =  data[708]; buffer[0][8] =  data[709];

        }
        if (partition == 606) {
            buffer[0][0] =  data[652]; buffer[0][1] =  data[653]; buffer[0][2] =  data[654]; buffer[0][3] =  data[680]; buffer[0][4] =  data[681]; buffer[0][5] =  data[682]; buffer[0][6] =  data[708]; buffer[0][7] =  data[709]; buffer[0][8] =  data[710];

        }
        if (partition == 607) {
            buffer[0][0] =  data[653]; buffer[0][1] =  data[654]; buffer[0][2] =  data[655]; buffer[0][3] =  data[681]; buffer[0][4] =  data[682]; buffer[0][5] =  data[683]; buffer[0][6] =  data[709]; buffer[0][7] =  data[710]; buffer[0][8] =  data[711];

        }
        if (partition == 608) {
            buffer[0][0] =  data[654]; buffer[0][1] =  data[655]; buffer[0][2] =  data[656]; buffer[0][3] =  data[682]; buffer[0][4] =  data[683]; buffer[0][5] =  data[684]; buffer[0][6] =  data[710]; buffer[0][7] =  data[711]; buffer[0][8] =  data[712];

        }
        if (partition == 609) {
            buffer[0][0] =  data[655]; buffer[0][1] =  data[656]; buffer[0][2] =  data[657]; buffer[0][3] =  data[683]; buffer[0][4] =  data[684]; buffer[0][5] =  data[685]; buffer[0][6] =  data[711]; buffer[0][7] =  data[712]; buffer[0][8] =  data[713];

        }
        if (partition == 610) {
            buffer[0][0] =  data[656]; buffer[0][1] =  data[657]; buffer[0][2] =  data[658]; buffer[0][3] =  data[684]; buffer[0][4] =  data[685]; buffer[0][5] =  data[686]; buffer[0][6] =  data[712]; buffer[0][7] =  data[713]; buffer[0][8] =  data[714];

        }
        if (partition == 611) {
            buffer[0][0] =  data[657]; buffer[0][1] =  data[658]; buffer[0][2] =  data[659]; buffer[0][3] =  data[685]; buffer[0][4] =  data[686]; buffer[0][5] =  data[687]; buffer[0][6] =  data[713]; buffer[0][7] =  data[714]; buffer[0][8] =  data[715];

        }
        if (partition == 612) {
            buffer[0][0] =  data[658]; buffer[0][1] =  data[659]; buffer[0][2] =  data[660]; buffer[0][3] =  data[686]; buffer[0][4] =  data[687]; buffer[0][5] =  data[688]; buffer[0][6] =  data[714]; buffer[0][7] =  data[715]; buffer[0][8] =  data[716];

        }
        if (partition == 613) {
            buffer[0][0] =  data[659]; buffer[0][1] =  data[660]; buffer[0][2] =  data[661]; buffer[0][3] =  data[687]; buffer[0][4] =  data[688]; buffer[0][5] =  data[689]; buffer[0][6] =  data[715]; buffer[0][7] =  data[716]; buffer[0][8] =  data[717];

        }
        if (partition == 614) {
            buffer[0][0] =  data[660]; buffer[0][1] =  data[661]; buffer[0][2] =  data[662]; buffer[0][3] =  data[688]; buffer[0][4] =  data[689]; buffer[0][5] =  data[690]; buffer[0][6] =  data[716]; buffer[0][7] =  data[717]; buffer[0][8] =  data[718];

        }
        if (partition == 615) {
            buffer[0][0] =  data[661]; buffer[0][1] =  data[662]; buffer[0][2] =  data[663]; buffer[0][3] =  data[689]; buffer[0][4] =  data[690]; buffer[0][5] =  data[691]; buffer[0][6] =  data[717]; buffer[0][7] =  data[718]; buffer[0][8] =  data[719];

        }
        if (partition == 616) {
            buffer[0][0] =  data[662]; buffer[0][1] =  data[663]; buffer[0][2] =  data[664]; buffer[0][3] =  data[690]; buffer[0][4] =  data[691]; buffer[0][5] =  data[692]; buffer[0][6] =  data[718]; buffer[0][7] =  data[719]; buffer[0][8] =  data[720];

        }
        if (partition == 617) {
            buffer[0][0] =  data[663]; buffer[0][1] =  data[664]; buffer[0][2] =  data[665]; buffer[0][3] =  data[691]; buffer[0][4] =  data[692]; buffer[0][5] =  data[693]; buffer[0][6] =  data[719]; buffer[0][7] =  data[720]; buffer[0][8] =  data[721];

        }
        if (partition == 618) {
            buffer[0][0] =  data[664]; buffer[0][1] =  data[665]; buffer[0][2] =  data[666]; buffer[0][3] =  data[692]; buffer[0][4] =  data[693]; buffer[0][5] =  data[694]; buffer[0][6] =  data[720]; buffer[0][7] =  data[721]; buffer[0][8] =  data[722];

        }
        if (partition == 619) {
            buffer[0][0] =  data[665]; buffer[0][1] =  data[666]; buffer[0][2] =  data[667]; buffer[0][3] =  data[693]; buffer[0][4] =  data[694]; buffer[0][5] =  data[695]; buffer[0][6] =  data[721]; buffer[0][7] =  data[722]; buffer[0][8] =  data[723];

        }
        if (partition == 620) {
            buffer[0][0] =  data[666]; buffer[0][1] =  data[667]; buffer[0][2] =  data[668]; buffer[0][3] =  data[694]; buffer[0][4] =  data[695]; buffer[0][5] =  data[696]; buffer[0][6] =  data[722]; buffer[0][7] =  data[723]; buffer[0][8] =  data[724];

        }
        if (partition == 621) {
            buffer[0][0] =  data[667]; buffer[0][1] =  data[668]; buffer[0][2] =  data[669]; buffer[0][3] =  data[695]; buffer[0][4] =  data[696]; buffer[0][5] =  data[697]; buffer[0][6] =  data[723]; buffer[0][7] =  data[724]; buffer[0][8] =  data[725];

        }
        if (partition == 622) {
            buffer[0][0] =  data[668]; buffer[0][1] =  data[669]; buffer[0][2] =  data[670]; buffer[0][3] =  data[696]; buffer[0][4] =  data[697]; buffer[0][5] =  data[698]; buffer[0][6] =  data[724]; buffer[0][7] =  data[725]; buffer[0][8] =  data[726];

        }
        if (partition == 623) {
            buffer[0][0] =  data[669]; buffer[0][1] =  data[670]; buffer[0][2] =  data[671]; buffer[0][3] =  data[697]; buffer[0][4] =  data[698]; buffer[0][5] =  data[699]; buffer[0][6] =  data[725]; buffer[0][7] =  data[726]; buffer[0][8] =  data[727];

        }
        if (partition == 624) {
            buffer[0][0] =  data[672]; buffer[0][1] =  data[673]; buffer[0][2] =  data[674]; buffer[0][3] =  data[700]; buffer[0][4] =  data[701]; buffer[0][5] =  data[702]; buffer[0][6] =  data[728]; buffer[0][7] =  data[729]; buffer[0][8] =  data[730];

        }
        if (partition == 625) {
            buffer[0][0] =  data[673]; buffer[0][1] =  data[674]; buffer[0][2] =  data[675]; buffer[0][3] =  data[701]; buffer[0][4] =  data[702]; buffer[0][5] =  data[703]; buffer[0][6] =  data[729]; buffer[0][7] =  data[730]; buffer[0][8] =  data[731];

        }
        if (partition == 626) {
            buffer[0][0] =  data[674]; buffer[0][1] =  data[675]; buffer[0][2] =  data[676]; buffer[0][3] =  data[702]; buffer[0][4] =  data[703]; buffer[0][5] =  data[704]; buffer[0][6] =  data[730]; buffer[0][7] =  data[731]; buffer[0][8] =  data[732];

        }
        if (partition == 627) {
            buffer[0][0] =  data[675]; buffer[0][1] =  data[676]; buffer[0][2] =  data[677]; buffer[0][3] =  data[703]; buffer[0][4] =  data[704]; buffer[0][5] =  data[705]; buffer[0][6] =  data[731]; buffer[0][7] =  data[732]; buffer[0][8] =  data[733];

        }
        if (partition == 628) {
            buffer[0][0] =  data[676]; buffer[0][1] =  data[677]; buffer[0][2] =  data[678]; buffer[0][3] =  data[704]; buffer[0][4] =  data[705]; buffer[0][5] =  data[706]; buffer[0][6] =  data[732]; buffer[0][7] =  data[733]; buffer[0][8] =  data[734];

        }
        if (partition == 629) {
            buffer[0][0] =  data[677]; buffer[0][1] =  data[678]; buffer[0][2] =  data[679]; buffer[0][3] =  data[705]; buffer[0][4] =  data[706]; buffer[0][5] =  data[707]; buffer[0][6] =  data[733]; buffer[0][7] =  data[734]; buffer[0][8] =  data[735];

        }
        if (partition == 630) {
            buffer[0][0] =  data[678]; buffer[0][1] =  data[679]; buffer[0][2] =  data[680]; buffer[0][3] =  data[706]; buffer[0][4] =  data[707]; buffer[0][5] =  data[708]; buffer[0][6] =  data[734]; buffer[0][7] =  data[735]; buffer[0][8] =  data[736];

        }
        if (partition == 631) {
            buffer[0][0] =  data[679]; buffer[0][1] =  data[680]; buffer[0][2] =  data[681]; buffer[0][3] =  data[707]; buffer[0][4] =  data[708]; buffer[0][5] =  data[709]; buffer[0][6] =  data[735]; buffer[0][7] =  data[736]; buffer[0][8] =  data[737];

        }
        if (partition == 632) {
            buffer[0][0] =  data[680]; buffer[0][1] =  data[681]; buffer[0][2] =  data[682]; buffer[0][3] =  data[708]; buffer[0][4] =  data[709]; buffer[0][5] =  data[710]; buffer[0][6] =  data[736]; buffer[0][7] =  data[737]; buffer[0][8] =  data[738];

        }
        if (partition == 633) {
            buffer[0][0] =  data[681]; buffer[0][1] =  data[682]; buffer[0][2] =  data[683]; buffer[0][3] =  data[709]; buffer[0][4] =  data[710]; buffer[0][5] =  data[711]; buffer[0][6] =  data[737]; buffer[0][7] =  data[738]; buffer[0][8] =  data[739];

        }
        if (partition == 634) {
            buffer[0][0] =  data[682]; buffer[0][1] =  data[683]; buffer[0][2] =  data[684]; buffer[0][3] =  data[710]; buffer[0][4] =  data[711]; buffer[0][5] =  data[712]; buffer[0][6] =  data[738]; buffer[0][7] =  data[739]; buffer[0][8] =  data[740];

        }
        if (partition == 635) {
            buffer[0][0] =  data[683]; buffer[0][1] =  data[684]; buffer[0][2] =  data[685]; buffer[0][3] =  data[711]; buffer[0][4] =  data[712]; buffer[0][5] =  data[713]; buffer[0][6] =  data[739]; buffer[0][7] =  data[740]; buffer[0][8] =  data[741];

        }
        if (partition == 636) {
            buffer[0][0] =  data[684]; buffer[0][1] =  data[685]; buffer[0][2] =  data[686]; buffer[0][3] =  data[712]; buffer[0][4] =  data[713]; buffer[0][5] =  data[714]; buffer[0][6] =  data[740]; buffer[0][7] =  data[741]; buffer[0][8] =  data[742];

        }
        if (partition == 637) {
            buffer[0][0] =  data[685]; buffer[0][1] =  data[686]; buffer[0][2] =  data[687]; buffer[0][3] =  data[713]; buffer[0][4] =  data[714]; buffer[0][5] =  data[715]; buffer[0][6] =  data[741]; buffer[0][7] =  data[742]; buffer[0][8] =  data[743];

        }
        if (partition == 638) {
            buffer[0][0] =  data[686]; buffer[0][1] =  data[687]; buffer[0][2] =  data[688]; buffer[0][3] =  data[714]; buffer[0][4] =  data[715]; buffer[0][5] =  data[716]; buffer[0][6] =  data[742]; buffer[0][7] =  data[743]; buffer[0][8] =  data[744];

        }
        if (partition == 639) {
            buffer[0][0] =  data[687]; buffer[0][1] =  data[688]; buffer[0][2] =  data[689]; buffer[0][3] =  data[715]; buffer[0][4] =  data[716]; buffer[0][5] =  data[717]; buffer[0][6] =  data[743]; buffer[0][7] =  data[744]; buffer[0][8] =  data[745];

        }
        if (partition == 640) {
            buffer[0][0] =  data[688]; buffer[0][1] =  data[689]; buffer[0][2] =  data[690]; buffer[0][3] =  data[716]; buffer[0][4] =  data[717]; buffer[0][5] =  data[718]; buffer[0][6] =  data[744]; buffer[0][7] =  data[745]; buffer[0][8] =  data[746];

        }
        if (partition == 641) {
            buffer[0][0] =  data[689]; buffer[0][1] =  data[690]; buffer[0][2] =  data[691]; buffer[0][3] =  data[717]; buffer[0][4] =  data[718]; buffer[0][5] =  data[719]; buffer[0][6] =  data[745]; buffer[0][7] =  data[746]; buffer[0][8] =  data[747];

        }
        if (partition == 642) {
            buffer[0][0] =  data[690]; buffer[0][1] =  data[691]; buffer[0][2] =  data[692]; buffer[0][3] =  data[718]; buffer[0][4] =  data[719]; buffer[0][5] =  data[720]; buffer[0][6] =  data[746]; buffer[0][7] =  data[747]; buffer[0][8] =  data[748];

        }
        if (partition == 643) {
            buffer[0][0] =  data[691]; buffer[0][1] =  data[692]; buffer[0][2] =  data[693]; buffer[0][3] =  data[719]; buffer[0][4] =  data[720]; buffer[0][5] =  data[721]; buffer[0][6] =  data[747]; buffer[0][7] =  data[748]; buffer[0][8] =  data[749];

        }
        if (partition == 644) {
            buffer[0][0] =  data[692]; buffer[0][1] =  data[693]; buffer[0][2] =  data[694]; buffer[0][3] =  data[720]; buffer[0][4] =  data[721]; buffer[0][5] =  data[722]; buffer[0][6] =  data[748]; buffer[0][7] =  data[749]; buffer[0][8] =  data[750];

        }
        if (partition == 645) {
            buffer[0][0] =  data[693]; buffer[0][1] =  data[694]; buffer[0][2] =  data[695]; buffer[0][3] =  data[721]; buffer[0][4] =  data[722]; buffer[0][5] =  data[723]; buffer[0][6] =  data[749]; buffer[0][7] =  data[750]; buffer[0][8] =  data[751];

        }
        if (partition == 646) {
            buffer[0][0] =  data[694]; buffer[0][1] =  data[695]; buffer[0][2] =  data[696]; buffer[0][3] =  data[722]; buffer[0][4] =  data[723]; buffer[0][5] =  data[724]; buffer[0][6] =  data[750]; buffer[0][7] =  data[751]; buffer[0][8] =  data[752];

        }
        if (partition == 647) {
            buffer[0][0] =  data[695]; buffer[0][1] =  data[696]; buffer[0][2] =  data[697]; buffer[0][3] =  data[723]; buffer[0][4] =  data[724]; buffer[0][5] =  data[725]; buffer[0][6] =  data[751]; buffer[0][7] =  data[752]; buffer[0][8] =  data[753];

        }
        if (partition == 648) {
            buffer[0][0] =  data[696]; buffer[0][1] =  data[697]; buffer[0][2] =  data[698]; buffer[0][3] =  data[724]; buffer[0][4] =  data[725]; buffer[0][5] =  data[726]; buffer[0][6] =  data[752]; buffer[0][7] =  data[753]; buffer[0][8] =  data[754];

        }
        if (partition == 649) {
            buffer[0][0] =  data[697]; buffer[0][1] =  data[698]; buffer[0][2] =  data[699]; buffer[0][3] =  data[725]; buffer[0][4] =  data[726]; buffer[0][5] =  data[727]; buffer[0][6] =  data[753]; buffer[0][7] =  data[754]; buffer[0][8] =  data[755];

        }
        if (partition == 650) {
            buffer[0][0] =  data[700]; buffer[0][1] =  data[701]; buffer[0][2] =  data[702]; buffer[0][3] =  data[728]; buffer[0][4] =  data[729]; buffer[0][5] =  data[730]; buffer[0][6] =  data[756]; buffer[0][7] =  data[757]; buffer[0][8] =  data[758];

        }
        if (partition == 651) {
            buffer[0][0] =  data[701]; buffer[0][1] =  data[702]; buffer[0][2] =  data[703]; buffer[0][3] =  data[729]; buffer[0][4] =  data[730]; buffer[0][5] =  data[731]; buffer[0][6] =  data[757]; buffer[0][7] =  data[758]; buffer[0][8] =  data[759];

        }
        if (partition == 652) {
            buffer[0][0] =  data[702]; buffer[0][1] =  data[703]; buffer[0][2] =  data[704]; buffer[0][3] =  data[730]; buffer[0][4] =  data[731]; buffer[0][5] =  data[732]; buffer[0][6] =  data[758]; buffer[0][7] =  data[759]; buffer[0][8] =  data[760];

        }
        if (partition == 653) {
            buffer[0][0] =  data[703]; buffer[0][1] =  data[704]; buffer[0][2] =  data[705]; buffer[0][3] =  data[731]; buffer[0][4] =  data[732]; buffer[0][5] =  data[733]; buffer[0][6] =  data[759]; buffer[0][7] =  data[760]; buffer[0][8] =  data[761];

        }
        if (partition == 654) {
            buffer[0][0] =  data[704]; buffer[0][1] =  data[705]; buffer[0][2] =  data[706]; buffer[0][3] =  data[732]; buffer[0][4] =  data[733]; buffer[0][5] =  data[734]; buffer[0][6] =  data[760]; buffer[0][7] =  data[761]; buffer[0][8] =  data[762];

        }
        if (partition == 655) {
            buffer[0][0] =  data[705]; buffer[0][1] =  data[706]; buffer[0][2] =  data[707]; buffer[0][3] =  data[733]; buffer[0][4] =  data[734]; buffer[0][5] =  data[735]; buffer[0][6] =  data[761]; buffer[0][7] =  data[762]; buffer[0][8] =  data[763];

        }
        if (partition == 656) {
            buffer[0][0] =  data[706]; buffer[0][1] =  data[707]; buffer[0][2] =  data[708]; buffer[0][3] =  data[734]; buffer[0][4] =  data[735]; buffer[0][5] =  data[736]; buffer[0][6] =  data[762]; buffer[0][7] =  data[763]; buffer[0][8] =  data[764];

        }
        if (partition == 657) {
            buffer[0][0] =  data[707]; buffer[0][1] =  data[708]; buffer[0][2] =  data[709]; buffer[0][3] =  data[735]; buffer[0][4] =  data[736]; buffer[0][5] =  data[737]; buffer[0][6] =  data[763]; buffer[0][7] =  data[764]; buffer[0][8] =  data[765];

        }
        if (partition == 658) {
            buffer[0][0] =  data[708]; buffer[0][1] =  data[709]; buffer[0][2] =  data[710]; buffer[0][3] =  data[736]; buffer[0][4] =  data[737]; buffer[0][5] =  data[738]; buffer[0][6] =  data[764]; buffer[0][7] =  data[765]; buffer[0][8] =  data[766];

        }
        if (partition == 659) {
            buffer[0][0] =  data[709]; buffer[0][1] =  data[710]; buffer[0][2] =  data[711]; buffer[0][3] =  data[737]; buffer[0][4] =  data[738]; buffer[0][5] =  data[739]; buffer[0][6] =  data[765]; buffer[0][7] =  data[766]; buffer[0][8] =  data[767];

        }
        if (partition == 660) {
            buffer[0][0] =  data[710]; buffer[0][1] =  data[711]; buffer[0][2] =  data[712]; buffer[0][3] =  data[738]; buffer[0][4] =  data[739]; buffer[0][5] =  data[740]; buffer[0][6] =  data[766]; buffer[0][7] =  data[767]; buffer[0][8] =  data[768];

        }
        if (partition == 661) {
            buffer[0][0] =  data[711]; buffer[0][1] =  data[712]; buffer[0][2] =  data[713]; buffer[0][3] =  data[739]; buffer[0][4] =  data[740]; buffer[0][5] =  data[741]; buffer[0][6] =  data[767]; buffer[0][7] =  data[768]; buffer[0][8] =  data[769];

        }
        if (partition == 662) {
            buffer[0][0] =  data[712]; buffer[0][1] =  data[713]; buffer[0][2] =  data[714]; buffer[0][3] =  data[740]; buffer[0][4] =  data[741]; buffer[0][5] =  data[742]; buffer[0][6] =  data[768]; buffer[0][7] =  data[769]; buffer[0][8] =  data[770];

        }
        if (partition == 663) {
            buffer[0][0] =  data[713]; buffer[0][1] =  data[714]; buffer[0][2] =  data[715]; buffer[0][3] =  data[741]; buffer[0][4] =  data[742]; buffer[0][5] =  data[743]; buffer[0][6] =  data[769]; buffer[0][7] =  data[770]; buffer[0][8] =  data[771];

        }
        if (partition == 664) {
            buffer[0][0] =  data[714]; buffer[0][1] =  data[715]; buffer[0][2] =  data[716]; buffer[0][3] =  data[742]; buffer[0][4] =  data[743]; buffer[0][5] =  data[744]; buffer[0][6] =  data[770]; buffer[0][7] =  data[771]; buffer[0][8] =  data[772];

        }
        if (partition == 665) {
            buffer[0][0] =  data[715]; buffer[0][1] =  data[716]; buffer[0][2] =  data[717]; buffer[0][3] =  data[743]; buffer[0][4] =  data[744]; buffer[0][5] =  data[745]; buffer[0][6] =  data[771]; buffer[0][7] =  data[772]; buffer[0][8] =  data[773];

        }
        if (partition == 666) {
            buffer[0][0] =  data[716]; buffer[0][1] =  data[717]; buffer[0][2] =  data[718]; buffer[0][3] =  data[744]; buffer[0][4] =  data[745]; buffer[0][5] =  data[746]; buffer[0][6] =  data[772]; buffer[0][7] =  data[773]; buffer[0][8] =  data[774];

        }
        if (partition == 667) {
            buffer[0][0] =  data[717]; buffer[0][1] =  data[718]; buffer[0][2] =  data[719]; buffer[0][3] =  data[745]; buffer[0][4] =  data[746]; buffer[0][5] =  data[747]; buffer[0][6] =  data[773]; buffer[0][7] =  data[774]; buffer[0][8] =  data[775];

        }
        if (partition == 668) {
            buffer[0][0] =  data[718]; buffer[0][1] =  data[719]; buffer[0][2] =  data[720]; buffer[0][3] =  data[746]; buffer[0][4] =  data[747]; buffer[0][5] =  data[748]; buffer[0][6] =  data[774]; buffer[0][7] =  data[775]; buffer[0][8] =  data[776];

        }
        if (partition == 669) {
            buffer[0][0] =  data[719]; buffer[0][1] =  data[720]; buffer[0][2] =  data[721]; buffer[0][3] =  data[747]; buffer[0][4] =  data[748]; buffer[0][5] =  data[749]; buffer[0][6] =  data[775]; buffer[0][7] =  data[776]; buffer[0][8] =  data[777];

        }
        if (partition == 670) {
            buffer[0][0] =  data[720]; buffer[0][1] =  data[721]; buffer[0][2] =  data[722]; buffer[0][3] =  data[748]; buffer[0][4] =  data[749]; buffer[0][5] =  data[750]; buffer[0][6] =  data[776]; buffer[0][7] =  data[777]; buffer[0][8] =  data[778];

        }
        if (partition == 671) {
            buffer[0][0] =  data[721]; buffer[0][1] =  data[722]; buffer[0][2] =  data[723]; buffer[0][3] =  data[749]; buffer[0][4] =  data[750]; buffer[0][5] =  data[751]; buffer[0][6] =  data[777]; buffer[0][7] =  data[778]; buffer[0][8] =  data[779];

        }
        if (partition == 672) {
            buffer[0][0] =  data[722]; buffer[0][1] =  data[723]; buffer[0][2] =  data[724]; buffer[0][3] =  data[750]; buffer[0][4] =  data[751]; buffer[0][5] =  data[752]; buffer[0][6] =  data[778]; buffer[0][7] =  data[779]; buffer[0][8] =  data[780];

        }
        if (partition == 673) {
            buffer[0][0] =  data[723]; buffer[0][1] =  data[724]; buffer[0][2] =  data[725]; buffer[0][3] =  data[751]; buffer[0][4] =  data[752]; buffer[0][5] =  data[753]; buffer[0][6] =  data[779]; buffer[0][7] =  data[780]; buffer[0][8] =  data[781];

        }
        if (partition == 674) {
            buffer[0][0] =  data[724]; buffer[0][1] =  data[725]; buffer[0][2] =  data[726]; buffer[0][3] =  data[752]; buffer[0][4] =  data[753]; buffer[0][5] =  data[754]; buffer[0][6] =  data[780]; buffer[0][7] =  data[781]; buffer[0][8] =  data[782];

        }
        if (partition == 675) {
            buffer[0][0] =  data[725]; buffer[0][1] =  data[726]; buffer[0][2] =  data[727]; buffer[0][3] =  data[753]; buffer[0][4] =  data[754]; buffer[0][5] =  data[755]; buffer[0][6] =  data[781]; buffer[0][7] =  data[782]; buffer[0][8] =  data[783];

        }
    }
};

} // namespace nnet

#endif
